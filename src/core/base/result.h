// Result<T> and Status: the value of an operation that can be refused, or the Error saying why.
// Depends on: the standard library only.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace turnabout {

// What kind of rule refused, said where the rule is written. A merge acts on it, so
// nobody keeps a list of codes: a file carrying an act nobody allowed its author is
// refused whole; the other two are set aside in replay by the rule, the same on every
// device, and the merge report lists them.
enum class Refusal {
    Invalid,   // the input breaks a rule of the data itself (a name too long, an unknown id)
    Conflict,  // allowed when it was written, made impossible by what happened meanwhile
    Authority, // its author may not do this: not the admin, not that person, not their browser
};

// An error a person can act on: `code` is stable for tests and programs, `message`
// names the thing and the reason ("email: ana@x.org is already used by Ana Lima").
struct Error {
    std::string code;
    std::string message;
    Refusal refusal = Refusal::Invalid;

    bool operator==(const Error&) const = default;
};

inline Error make_error(std::string code, std::string message)
{
    return Error{std::move(code), std::move(message), Refusal::Invalid};
}

// Refused because the author may not do this, whoever they are and whatever else happened.
inline Error authority_error(std::string code, std::string message)
{
    return Error{std::move(code), std::move(message), Refusal::Authority};
}

// Refused because a concurrent change came first: a place taken, a request already answered.
inline Error conflict_error(std::string code, std::string message)
{
    return Error{std::move(code), std::move(message), Refusal::Conflict};
}

template<class T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_value(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T& value()
    {
        assert(ok());
        return std::get<T>(m_value);
    }
    const T& value() const
    {
        assert(ok());
        return std::get<T>(m_value);
    }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<Error>(m_value);
    }

private:
    std::variant<T, Error> m_value;
};

// Success with nothing to return, or an Error.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }
    static Status success() { return Status(); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

}

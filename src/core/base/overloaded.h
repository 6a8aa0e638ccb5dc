// Overloaded: visit a variant with one lambda per alternative.
// Depends on: the standard library only.
#pragma once

namespace turnabout {

template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
// Clang 14 (Emscripten's) lacks C++20 aggregate deduction; the guide says it for it.
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}

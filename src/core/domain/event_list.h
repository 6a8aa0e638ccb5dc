// What decide returns: the list of events a command records. Small helpers for the
// common case of one event. Depends on: core/domain/event.h.
#pragma once

#include "core/base/result.h"
#include "core/domain/event.h"

#include <vector>

namespace turnabout {

using EventList = std::vector<EventBody>;

template<class E>
Result<EventList> one_event(E event)
{
    return EventList{EventBody(std::move(event))};
}

template<class E>
Result<EventList> one_event(Result<E> event)
{
    if (!event)
        return event.error();
    return EventList{EventBody(std::move(*event))};
}

}

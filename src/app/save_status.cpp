#include "app/save_status.h"

#include "platform/storage.h"

namespace turnabout {

SaveCoordinator::SaveCoordinator(SyncBackend& backend)
    : m_backend(backend)
{
}

void SaveCoordinator::request()
{
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void SaveCoordinator::start()
{
    m_running = true;
    m_again = false;
    m_state = SaveState::Saving;
    m_backend.start_sync([this](Status status) { finished(status); });
}

void SaveCoordinator::finished(const Status& status)
{
    m_running = false;
    ++m_completed;
    if (m_again) {
        // Changes arrived while this sync ran: they are not durable yet, whatever it said.
        start();
        return;
    }
    if (status) {
        m_state = SaveState::Saved;
        m_message.clear();
    } else {
        m_state = SaveState::Failed;
        m_message = status.error().message;
    }
}

}

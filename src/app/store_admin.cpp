// The admin's keys: enrolling another browser, the passphrase-sealed backup of an
// admin key, and restoring the admin from it on a browser of its own.
#include "app/store.h"
#include "app/store_program.h"

#include "core/domain/trust/trust_rules.h"
#include "io/admin_backup.h"
#include "io/signing.h"

namespace turnabout {

ActorId Store::actor_in(const ProgramId& id) const
{
    const ProgramState* state = recorded(id);
    if (state && state->program && state->trust.signed_program && state->trust.is_admin_device(m_identity.device))
        return state->program->admin;
    return m_identity.actor;
}

bool Store::administers(const ProgramId& id) const
{
    const ProgramState* state = recorded(id);
    return state && state->program && state->program->admin == actor_in(id);
}

std::vector<AdminKey> Store::admin_keys(const ProgramId& id) const
{
    std::vector<AdminKey> keys;
    const ProgramState* state = recorded(id);
    if (!state || !state->trust.signed_program)
        return keys;
    for (const DeviceId& device : state->trust.admin_devices)
        keys.push_back(AdminKey{device, io::fingerprint(device), device == m_identity.device, device == state->trust.admin_device});
    return keys;
}

Result<Recorded> Store::enrol_admin_device(const ProgramId& id, const DeviceId& device)
{
    if (!io::is_signed_device(device) || io::fingerprint(device).empty())
        return make_error("invalid", "that is not a browser's key: copy the whole key the other browser shows under Sharing, starting with \"k-\"");
    if (!administers(id))
        return authority_error("not_admin_device", "only one of the admin's browsers can add another");
    return execute(id, trust::EnrolAdminDevice{device, m_identity.device, {}});
}

Result<std::string> Store::admin_backup_file(const ProgramId& id, std::string_view passphrase) const
{
    const ProgramState* state = recorded(id);
    if (!state || !state->program)
        return make_error("no_program", "program: not found on this device");
    if (!state->trust.signed_program)
        return make_error("unsigned_program", "this program's events are not signed (it comes from an older Turnabout): it has no admin key to back up");
    if (!state->trust.is_admin_device(m_identity.device))
        return authority_error("not_admin_device", "only the admin's own browser holds an admin key to back up");
    auto backup = io::seal_admin_backup(*m_key, id, state->program->name, passphrase);
    if (!backup)
        return backup.error();
    return io::encode_admin_backup(*backup);
}

Result<AdminBackupSummary> Store::read_admin_backup(std::string_view bytes) const
{
    auto backup = io::decode_admin_backup(bytes);
    if (!backup)
        return backup.error();
    AdminBackupSummary summary{backup->program, backup->program_name, io::fingerprint(backup->admin_device), false, false};
    if (const ProgramState* state = program(backup->program); state && state->program) {
        summary.program_here = true;
        summary.program_name = state->program->name;
        summary.already_admin_here = state->trust.is_admin_device(m_identity.device);
    }
    return summary;
}

Result<ProgramId> Store::restore_admin(std::string_view backup_bytes, std::string_view passphrase)
{
    if (auto status = refuse_if_read_only(); !status)
        return status.error();
    auto backup = io::decode_admin_backup(backup_bytes);
    if (!backup)
        return backup.error();
    const std::string name = backup->program_name.empty() ? backup->program.value : "\"" + backup->program_name + "\"";
    const ProgramState* state = program(backup->program);
    if (!state || !state->program)
        return make_error("no_program", "this backup is for the program " + name + ", which this browser does not have yet: open the program's file first (Sharing, \"Open a file\"), then restore");
    if (!state->trust.signed_program)
        return make_error("unsigned_program", "this program's events are not signed: it has no admin keys");
    if (state->trust.is_admin_device(m_identity.device))
        return make_error("already_admin_device", "this browser is already one of the admin's for " + name + ": nothing to restore");
    if (!state->trust.is_admin_device(backup->admin_device))
        return authority_error("not_admin_key", "the key in this backup is not one of the admin's keys in the program as this browser has it: open a newer file of the program first");
    auto key = io::open_admin_backup(*backup, passphrase);
    if (!key)
        return key.error();
    const std::string endorsement = io::endorse_admin_device(*key, backup->program, m_identity.device);
    io::DeviceKey& secret = *key;
    secret.secret_key.assign(secret.secret_key.size(), '\0');
    // Recorded with this browser's own key, as the admin: the endorsement stands for
    // the admin's consent (see trust::check_signer).
    auto recorded = execute_as(state->program->admin, backup->program, trust::EnrolAdminDevice{m_identity.device, backup->admin_device, endorsement});
    if (!recorded)
        return recorded.error();
    return backup->program;
}

}

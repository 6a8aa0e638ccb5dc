// The admin key backup: the admin device's secret key, encrypted with a passphrase
// (Argon2id to derive the key, XSalsa20-Poly1305 secretbox), so that the admin can
// be restored on a fresh browser when the admin's browser is lost.
// Depends on: io/signing.h, core/base.
#pragma once

#include "core/base/ids.h"
#include "core/base/result.h"
#include "io/signing.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace turnabout::io {

inline constexpr std::string_view ADMIN_BACKUP_FORMAT = "turnabout.admin-backup";

// The file as stored. Only `ciphertext` is secret, and it is sealed.
struct AdminBackup {
    ProgramId program;
    std::string program_name;
    // The admin device whose key is inside: "k-" + its public key.
    DeviceId admin_device;
    // URL-safe base64: Argon2id's salt, the secretbox nonce and the sealed secret key.
    std::string salt;
    std::string nonce;
    std::string ciphertext;
    // Argon2id's cost, as used when the backup was written.
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0;

    bool operator==(const AdminBackup&) const = default;
};

// The shortest passphrase a backup accepts.
inline constexpr std::size_t MIN_BACKUP_PASSPHRASE = 8;

// Seals `key` (the admin device's own) with `passphrase` at Argon2id's interactive cost.
Result<AdminBackup> seal_admin_backup(const DeviceKey& key, const ProgramId& program, std::string program_name, std::string_view passphrase);
// The admin device's key, or a plain refusal: a wrong passphrase (or an altered file,
// which cannot be told apart) is "wrong_passphrase".
Result<DeviceKey> open_admin_backup(const AdminBackup& backup, std::string_view passphrase);

std::string encode_admin_backup(const AdminBackup& backup);
// Reads a backup file; the costs must lie within what a browser can afford.
Result<AdminBackup> decode_admin_backup(std::string_view bytes);

}

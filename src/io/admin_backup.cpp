#include "io/admin_backup.h"

#include "io/base64.h"
#include "io/json_input.h"

#include <sodium.h>

#include <vector>

namespace turnabout::io {

namespace {

constexpr std::uint64_t ADMIN_BACKUP_SCHEMA = 1;
// What a file may ask of the browser that opens it: a hostile file must not make it
// derive a key for minutes or with gigabytes.
constexpr std::uint64_t MAX_OPSLIMIT = 16;
constexpr std::uint64_t MAX_MEMLIMIT = 256ull * 1024 * 1024;

// The secretbox key: Argon2id of the passphrase, bound to the program and the admin
// device the file names, so a file edited to name another one does not open.
bool derive_box_key(unsigned char (&box_key)[crypto_secretbox_KEYBYTES], std::string_view passphrase, const unsigned char* salt, const AdminBackup& backup)
{
    unsigned char derived[crypto_secretbox_KEYBYTES];
    if (crypto_pwhash(derived, sizeof derived, passphrase.data(), passphrase.size(), salt, backup.opslimit, static_cast<std::size_t>(backup.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return false;
    const std::string context = "turnabout.admin-backup.v1\n" + backup.program.value + "\n" + backup.admin_device.value;
    crypto_generichash(box_key, sizeof box_key, reinterpret_cast<const unsigned char*>(context.data()), context.size(), derived, sizeof derived);
    sodium_memzero(derived, sizeof derived);
    return true;
}

std::vector<unsigned char> decode(std::string_view text, std::size_t size, const char* what)
{
    auto bytes = from_base64(text);
    if (!bytes || bytes->size() != size)
        throw DecodeError(std::string("admin backup: the ") + what + " is not readable");
    return *bytes;
}

}

Result<AdminBackup> seal_admin_backup(const DeviceKey& key, const ProgramId& program, std::string program_name, std::string_view passphrase)
{
    if (sodium_init() < 0)
        return make_error("no_random", "admin backup: no source of randomness");
    if (passphrase.size() < MIN_BACKUP_PASSPHRASE)
        return make_error("short_passphrase", "the passphrase needs at least " + std::to_string(MIN_BACKUP_PASSPHRASE) + " characters");
    auto secret = from_base64(key.secret_key);
    if (!secret || secret->size() != crypto_sign_SECRETKEYBYTES)
        return make_error("damaged_key", "admin backup: this browser's key is damaged");
    AdminBackup backup;
    backup.program = program;
    backup.program_name = std::move(program_name);
    backup.admin_device = device_id_of(key);
    backup.opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    backup.memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(nonce, sizeof nonce);
    unsigned char box_key[crypto_secretbox_KEYBYTES];
    if (!derive_box_key(box_key, passphrase, salt, backup)) {
        sodium_memzero(secret->data(), secret->size());
        return make_error("out_of_memory", "admin backup: not enough memory to derive the key from the passphrase");
    }
    std::vector<unsigned char> sealed(secret->size() + crypto_secretbox_MACBYTES);
    crypto_secretbox_easy(sealed.data(), secret->data(), secret->size(), nonce, box_key);
    sodium_memzero(box_key, sizeof box_key);
    sodium_memzero(secret->data(), secret->size());
    backup.salt = to_base64(salt, sizeof salt);
    backup.nonce = to_base64(nonce, sizeof nonce);
    backup.ciphertext = to_base64(sealed.data(), sealed.size());
    return backup;
}

Result<DeviceKey> open_admin_backup(const AdminBackup& backup, std::string_view passphrase)
{
    if (sodium_init() < 0)
        return make_error("no_random", "admin backup: no source of randomness");
    std::vector<unsigned char> salt, nonce, sealed;
    try {
        salt = decode(backup.salt, crypto_pwhash_SALTBYTES, "salt");
        nonce = decode(backup.nonce, crypto_secretbox_NONCEBYTES, "nonce");
        sealed = decode(backup.ciphertext, crypto_sign_SECRETKEYBYTES + crypto_secretbox_MACBYTES, "sealed key");
    } catch (const DecodeError& error) {
        return make_error("backup_format", error.what());
    }
    unsigned char box_key[crypto_secretbox_KEYBYTES];
    if (!derive_box_key(box_key, passphrase, salt.data(), backup))
        return make_error("out_of_memory", "admin backup: not enough memory to derive the key from the passphrase");
    unsigned char secret[crypto_sign_SECRETKEYBYTES];
    const bool opened = crypto_secretbox_open_easy(secret, sealed.data(), sealed.size(), nonce.data(), box_key) == 0;
    sodium_memzero(box_key, sizeof box_key);
    if (!opened)
        return make_error("wrong_passphrase", "the passphrase does not open this backup (or the file was altered); nothing was changed. Try the passphrase again, exactly as it was typed when the backup was made");
    // An Ed25519 secret key ends with its public key: it must be the admin device's.
    unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(public_key, secret);
    DeviceKey key{to_base64(public_key, sizeof public_key), to_base64(secret, sizeof secret)};
    sodium_memzero(secret, sizeof secret);
    if (device_id_of(key) != backup.admin_device)
        return make_error("backup_format", "admin backup: the key inside is not the key the file names");
    return key;
}

std::string encode_admin_backup(const AdminBackup& backup)
{
    Json root{{"format", std::string(ADMIN_BACKUP_FORMAT)},
        {"schema", ADMIN_BACKUP_SCHEMA},
        {"program", backup.program.value},
        {"program_name", backup.program_name},
        {"admin_device", backup.admin_device.value},
        {"kdf", Json{{"algorithm", "argon2id13"}, {"salt", backup.salt}, {"opslimit", backup.opslimit}, {"memlimit", backup.memlimit}}},
        {"cipher", Json{{"algorithm", "xsalsa20poly1305"}, {"nonce", backup.nonce}, {"ciphertext", backup.ciphertext}}}};
    return root.dump(2) + "\n";
}

Result<AdminBackup> decode_admin_backup(std::string_view bytes)
{
    auto parsed = parse_untrusted_json(bytes, 64 * 1024);
    if (!parsed)
        return make_error("backup_format", "this is not an admin key backup: " + parsed.error().message);
    try {
        ObjectReader r(*parsed, "admin backup");
        if (!r.has("format") || r.string("format") != ADMIN_BACKUP_FORMAT)
            return make_error("backup_format", "this is not an admin key backup (a program file is opened under Sharing, \"Open a file\")");
        r.allow_only({"format", "schema", "program", "program_name", "admin_device", "kdf", "cipher"});
        if (r.unsigned_int("schema", 1, MAX_SAFE_INTEGER) > ADMIN_BACKUP_SCHEMA)
            return make_error("newer_schema", "this admin key backup was made by a newer Turnabout");
        AdminBackup backup;
        backup.program = ProgramId{r.string("program")};
        backup.program_name = r.string("program_name");
        backup.admin_device = DeviceId{r.string("admin_device")};
        ObjectReader kdf(r.object("kdf"), "admin backup.kdf");
        kdf.allow_only({"algorithm", "salt", "opslimit", "memlimit"});
        if (kdf.string("algorithm") != "argon2id13")
            return make_error("backup_format", "admin backup: unknown key derivation");
        backup.salt = kdf.string("salt");
        backup.opslimit = kdf.unsigned_int("opslimit", crypto_pwhash_OPSLIMIT_MIN, MAX_OPSLIMIT);
        backup.memlimit = kdf.unsigned_int("memlimit", crypto_pwhash_MEMLIMIT_MIN, MAX_MEMLIMIT);
        ObjectReader cipher(r.object("cipher"), "admin backup.cipher");
        cipher.allow_only({"algorithm", "nonce", "ciphertext"});
        if (cipher.string("algorithm") != "xsalsa20poly1305")
            return make_error("backup_format", "admin backup: unknown cipher");
        backup.nonce = cipher.string("nonce");
        backup.ciphertext = cipher.string("ciphertext");
        if (backup.program.empty() || !is_signed_device(backup.admin_device))
            return make_error("backup_format", "admin backup: the program or the admin's key is missing");
        return backup;
    } catch (const std::exception& error) {
        return make_error("backup_format", std::string("this admin key backup cannot be read: ") + error.what());
    }
}

}

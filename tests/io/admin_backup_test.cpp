// The admin key backup: it opens with its passphrase and gives back the admin
// device's key; a wrong passphrase, an altered file or one edited to name another
// program or key does not open, and says so.
#include "io/admin_backup.h"
#include "io/json_input.h"

#include <gtest/gtest.h>

#include <functional>

using namespace turnabout;
using namespace turnabout::io;

namespace {

const ProgramId BACKUP_PROGRAM{"p-backup"};
constexpr std::string_view BACKUP_PASSPHRASE = "a long enough passphrase";

AdminBackup sealed(const DeviceKey& key)
{
    auto backup = seal_admin_backup(key, BACKUP_PROGRAM, "Reverse mentoring", BACKUP_PASSPHRASE);
    EXPECT_TRUE(backup.ok()) << backup.error().message;
    return *backup;
}

// The file as bytes, edited as JSON by `change`.
AdminBackup edited(const AdminBackup& backup, const std::function<void(Json&)>& change)
{
    Json json = Json::parse(encode_admin_backup(backup));
    change(json);
    auto decoded = decode_admin_backup(json.dump());
    EXPECT_TRUE(decoded.ok()) << decoded.error().message;
    return decoded.ok() ? *decoded : AdminBackup{};
}

}

TEST(AdminBackup, RoundTripsThroughItsFileAndGivesBackTheKey)
{
    const DeviceKey key = generate_device_key();
    const AdminBackup backup = sealed(key);
    EXPECT_EQ(backup.admin_device, device_id_of(key));
    const std::string bytes = encode_admin_backup(backup);
    // Nothing secret in clear: the secret key is only in the sealed text.
    EXPECT_EQ(bytes.find(key.secret_key), std::string::npos);
    auto decoded = decode_admin_backup(bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(*decoded, backup);
    auto opened = open_admin_backup(*decoded, BACKUP_PASSPHRASE);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_EQ(*opened, key);
}

TEST(AdminBackup, AWrongPassphraseDoesNotOpenIt)
{
    const AdminBackup backup = sealed(generate_device_key());
    auto opened = open_admin_backup(backup, "another passphrase");
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, "wrong_passphrase");
    EXPECT_NE(opened.error().message.find("nothing was changed"), std::string::npos);
}

TEST(AdminBackup, AnAlteredSealedKeyDoesNotOpen)
{
    AdminBackup backup = sealed(generate_device_key());
    backup.ciphertext[10] = backup.ciphertext[10] == 'A' ? 'B' : 'A';
    auto opened = open_admin_backup(backup, BACKUP_PASSPHRASE);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, "wrong_passphrase");
}

TEST(AdminBackup, AFileEditedToNameAnotherProgramOrKeyDoesNotOpen)
{
    const AdminBackup backup = sealed(generate_device_key());
    auto other_program = open_admin_backup(edited(backup, [](Json& j) { j["program"] = "p-other"; }), BACKUP_PASSPHRASE);
    ASSERT_FALSE(other_program.ok());
    EXPECT_EQ(other_program.error().code, "wrong_passphrase");
    const DeviceId other_key = device_id_of(generate_device_key());
    auto other_device = open_admin_backup(edited(backup, [&](Json& j) { j["admin_device"] = other_key.value; }), BACKUP_PASSPHRASE);
    ASSERT_FALSE(other_device.ok());
}

TEST(AdminBackup, AFileThatIsNotABackupOrAsksTooMuchIsRefused)
{
    EXPECT_EQ(decode_admin_backup("{\"format\":\"turnabout.program\"}").error().code, "backup_format");
    EXPECT_EQ(decode_admin_backup("not json").error().code, "backup_format");
    const AdminBackup backup = sealed(generate_device_key());
    Json json = Json::parse(encode_admin_backup(backup));
    json["kdf"]["memlimit"] = 4ull * 1024 * 1024 * 1024;
    EXPECT_FALSE(decode_admin_backup(json.dump()).ok());
    json = Json::parse(encode_admin_backup(backup));
    json["extra"] = "hidden";
    EXPECT_FALSE(decode_admin_backup(json.dump()).ok());
}

TEST(AdminBackup, AShortPassphraseIsRefused)
{
    auto backup = seal_admin_backup(generate_device_key(), BACKUP_PROGRAM, "", "short");
    ASSERT_FALSE(backup.ok());
    EXPECT_EQ(backup.error().code, "short_passphrase");
}

// Every rule that says who may do what, broken once each by a browser with a real key
// of its own: the file carrying the act is refused whole, together with the honest
// event beside it, and the browser that opened it stays as it was. Import knows these
// refusals by their kind (Refusal::Authority), declared where each rule is written;
// tests/layering_test.cpp checks that every authority code in src/core has its case
// here.
#include "core/domain/program/program_rules.h"
#include "core/domain/trust/trust_rules.h"
#include "support/store_devices.h"

#include <algorithm>
#include <functional>

#include <gtest/gtest.h>

using namespace turnabout;
using namespace turnabout::testing;

namespace {

// A browser that signs `body` as `author` with its own key, as altered code could;
// `from` null: a device of an older Turnabout, which signs nothing.
struct Forgery {
    std::string rule; // the refusal code the act breaks
    StoreDevice* from;
    ActorId author;
    EventBody body;
    // Changes the act's envelope before its browser signs it again: a clock or a
    // schema altered code could write.
    std::function<void(Envelope&)> alter = {};
};

class Authority : public ::testing::Test {
protected:
    Authority()
    {
        // Ana (her own browser) asks Mo (a kiosk person on the admin's browser).
        EXPECT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, ask_for_mentor(world.ana, world.mo, "r-ana")).ok());
        world.send_changes(world.ana_device, world.admin);
        // The admin matches Cy (their own browser) with Ben and proposes an extension.
        const ProgramState& state = *world.admin.store.program(world.program);
        const Date end = state.program->end;
        EXPECT_TRUE(world.admin.store.execute(world.program, matching::CreateMatches{program::FIRST_MATCH_TYPE, {matching::NewMatch{CY_BEN, world.cy, world.ben}}, SYNC_DAY, end}).ok());
        EXPECT_TRUE(world.admin.store.execute(world.program, match_life::ProposeExtension{CY_BEN, Date{end.days + 30}, "Another month", SYNC_DAY}).ok());
        world.share(world.admin, world.ana_device);
        world.share(world.admin, world.cy_device);
    }

    // The event `forgery.from`'s browser signs with its own key, after everything it holds.
    Envelope signed_by_its_browser(const Forgery& forgery)
    {
        io::KeySigner key(forgery.from->key());
        EventLog log = *forgery.from->store.log(world.program);
        return altered(forgery, log.append_local(key.device(), forgery.author, Timestamp{1800000500000}, forgery.body, &key));
    }

    Envelope altered(const Forgery& forgery, Envelope event)
    {
        if (!forgery.alter)
            return event;
        forgery.alter(event);
        io::KeySigner key(forgery.from->key());
        event.signature.clear();
        event.signature = key.sign(world.program, event);
        return event;
    }

    // A stranger's browser whose key sorts before the admin's: its first event, clock
    // at 1, replays before the program's creation.
    std::uint64_t seed_sorting_before_admin()
    {
        const DeviceId admins = world.admin.store.identity().device;
        for (std::uint64_t seed = 100;; ++seed) {
            if (io::device_id_of(seeded_device_key(seed)) < admins)
                return seed;
        }
    }

    inline static const matching::MatchId CY_BEN{"x-cy-ben"};
    SharedProgram world;
};

}

TEST_F(Authority, EveryActBeyondItsAuthorsRightsMakesTheWholeFileRefused)
{
    const PersonId stranger{"u-stranger"};
    StoreDevice strangers_browser(77);
    world.share(world.admin, strangers_browser);
    StoreDevice early_browser(seed_sorting_before_admin());
    world.share(world.admin, early_browser);
    const PersonId early = trust::bound_person_id(io::device_id_of(early_browser.key()), "00000000000000e1");
    const auto first_on_its_clock = [](Envelope& e) {
        e.lamport = 1;
        e.seen.clear();
    };
    // An id made on the admin's browser that nobody was given yet: a key that takes it
    // would be whoever the admin adds next.
    const PersonId admins_next = trust::bound_person_id(world.admin.store.identity().device, "00000000000000a1");
    const PersonId anas_own = trust::bound_person_id(io::device_id_of(world.ana_device.key()), "00000000000000b1");
    const auto older_schema = [](Envelope& e) { e.schema = BOUND_HISTORY_SCHEMA - 1; };
    people::PersonDetails bens_details = world.admin.store.program(world.program)->people.at(world.ben).details;
    bens_details.job_title = "Planted title";
    const ActorId admin = world.admin.store.identity().actor;
    const DeviceId admins_device = world.admin.store.identity().device;
    const DeviceId strangers_device = strangers_browser.store.identity().device;
    const DeviceId anas_device = world.ana_device.store.identity().device;

    const std::vector<Forgery> forgeries = {
        // Trust: whose key may sign for whom.
        {"not_admin_device", &world.ana_device, admin, people::PersonAdded{PersonId{"u-planted"}, person("Planted", "planted@example.org")}},
        {"device_not_enrolled", &world.ana_device, people::actor_of(world.ben), inbox::InboxRead{world.ben, Timestamp{1800000500000}}},
        {"device_not_enrolled", &world.ana_device, people::actor_of(world.cy), inbox::InboxRead{world.cy, Timestamp{1800000500000}}},
        {"unsigned_event", nullptr, people::actor_of(world.ana), inbox::InboxRead{world.ana, Timestamp{1800000500000}}},
        {"unknown_author", &strangers_browser, people::actor_of(stranger), inbox::InboxRead{stranger, Timestamp{1800000500000}}},
        {"id_taken", &strangers_browser, people::actor_of(world.ben), people::RegistrationSubmitted{world.ben, person("Mallory", "mallory@example.org"), {}}},
        {"id_not_bound", &strangers_browser, people::actor_of(admins_next), people::RegistrationSubmitted{admins_next, person("Mallory", "mallory@example.org"), {}}},
        {"before_creation", &early_browser, people::actor_of(early), people::RegistrationSubmitted{early, person("Mallory", "mallory@example.org"), {}}, first_on_its_clock},
        {"older_schema", &world.ana_device, people::actor_of(world.ana), inbox::InboxRead{world.ana, Timestamp{1800000500000}}, older_schema},
        // Admin devices: only an admin device enrols another, or a device endorsed by one.
        {"enrolment_not_endorsed", &strangers_browser, admin, trust::AdminDeviceEnrolled{strangers_device, admins_device, ""}},
        {"enrolment_not_own", &strangers_browser, admin, trust::AdminDeviceEnrolled{world.cy_device.store.identity().device, admins_device, io::endorse_admin_device(world.admin.key(), world.program, world.cy_device.store.identity().device)}},
        {"endorser_not_admin", &strangers_browser, admin, trust::AdminDeviceEnrolled{strangers_device, anas_device, io::endorse_admin_device(world.ana_device.key(), world.program, strangers_device)}},
        {"not_admin", &world.ana_device, people::actor_of(world.ana), trust::AdminDeviceEnrolled{strangers_device, anas_device, ""}},
        // The features' rules, signed by the rightful browser of an approved person.
        {"not_admin", &world.ana_device, people::actor_of(world.ana), program::TerminologyChanged{program::Terminology{}}},
        {"not_admin", &world.ana_device, people::actor_of(world.ana), people::RegistrationApproved{world.ana}},
        {"not_allowed", &world.ana_device, people::actor_of(world.ana), people::ProfileUpdated{world.ben, bens_details, {}}},
        {"not_self", &world.ana_device, people::actor_of(world.ana), people::RegistrationSubmitted{anas_own, person("Someone", "someone@example.org"), {}}},
        {"not_self", &world.ana_device, people::actor_of(world.ana), matching::FavoriteSet{world.ben, world.mo, true}},
        {"not_self", &world.ana_device, people::actor_of(world.ana), requests::RequestSent{requests::RequestId{"r-planted"}, program::FIRST_MATCH_TYPE, requests::RequestKind::MenteeAsks, world.ben, world.mo, {}, "", {}, SYNC_DAY}},
        {"not_self", &world.ana_device, people::actor_of(world.ana), inbox::InboxRead{world.ben, Timestamp{1800000500000}}},
        {"not_self", &world.cy_device, people::actor_of(world.cy), match_life::ExtensionAnswered{CY_BEN, world.ben, true, SYNC_DAY}},
        {"not_recipient", &world.cy_device, people::actor_of(world.cy), requests::RequestAnswered{requests::RequestId{"r-ana"}, true, {}, "", matching::MatchId{"x-taken"}, SYNC_DAY}},
        {"not_requester", &world.cy_device, people::actor_of(world.cy), requests::RequestWithdrawn{requests::RequestId{"r-ana"}, SYNC_DAY}},
        {"not_party", &world.ana_device, people::actor_of(world.ana), match_life::MatchEnded{CY_BEN, false, "Taken over", SYNC_DAY}},
        // Only the admin ends a match on a request to be reassigned: not a stranger to
        // it, nor one of its people (who would then be named as having asked).
        {"not_admin", &world.ana_device, people::actor_of(world.ana), match_life::MatchReassigned{CY_BEN, SYNC_DAY}},
        {"not_admin", &world.cy_device, people::actor_of(world.cy), match_life::MatchReassigned{CY_BEN, SYNC_DAY}},
        // A note to the admin comes from a person of the program, not from the admin.
        {"not_a_participant", &world.admin, admin, match_life::AdminNoteSent{{}, privacy::PrivateText::sealed("sealed:v1:AAAA"), SYNC_DAY}},
        // Everyone's email for everyone, from a participant's browser.
        {"not_admin", &world.ana_device, people::actor_of(world.ana), privacy::FieldReadersChanged{{{"email", privacy::Readers::Everyone}}}},
        // Cy's fields for partners "shared" by Ana's browser, which may not speak for Cy.
        {"not_allowed", &world.ana_device, people::actor_of(world.ana), privacy::PartnerShared{world.cy, world.ana, privacy::SealedFields{privacy::Readers::PartnerAndAdmin, {"email"}, {world.ana}, privacy::PrivateText::sealed("sealed:v1:AAAA"), ""}}},
        // Who a person may not be matched with, sealed by a participant's browser: an
        // empty list for herself would lift the rules she cannot read, one for Cy
        // could forbid him anyone.
        {"not_admin", &world.ana_device, people::actor_of(world.ana), privacy::RuledOutSealed{world.ana, privacy::PrivateText::sealed("sealed:v1:AAAA")}},
        {"not_admin", &world.ana_device, people::actor_of(world.ana), privacy::RuledOutSealed{world.cy, privacy::PrivateText::sealed("sealed:v1:AAAA")}},
    };

    for (const Forgery& forgery : forgeries) {
        SCOPED_TRACE(forgery.rule + " by " + std::string(event_type_name(forgery.body)));
        // The act, and an honest event of the same browser before it: both or nothing.
        // The honest event beside it: its browser's own person (Mo, a kiosk person, for the admin's).
        const PersonId own = forgery.from == &world.ana_device ? world.ana : forgery.from == &world.admin ? world.mo : world.cy;
        const bool enrolled = forgery.from && forgery.from != &strangers_browser && forgery.from != &early_browser;
        std::vector<Envelope> events;
        if (!forgery.from) {
            EventLog log = *world.admin.store.log(world.program);
            events.push_back(log.append_local(DeviceId{"d-older-turnabout"}, forgery.author, Timestamp{1800000500000}, forgery.body, nullptr));
        } else if (enrolled) {
            io::KeySigner key(forgery.from->key());
            EventLog log = *forgery.from->store.log(world.program);
            events.push_back(log.append_local(key.device(), people::actor_of(own), Timestamp{1800000400000}, inbox::InboxRead{own, Timestamp{1800000400000}}, &key));
            events.push_back(altered(forgery, log.append_local(key.device(), forgery.author, Timestamp{1800000500000}, forgery.body, &key)));
        } else {
            events.push_back(signed_by_its_browser(forgery));
        }

        // The act is refused by its rule, and that rule is an authority rule.
        EventLog trial = *world.admin.store.log(world.program);
        auto merged = trial.merge(events);
        ASSERT_TRUE(merged.ok()) << merged.error().message;
        ASSERT_EQ(merged->added.size(), events.size());
        const ProgramState replayed = replay(trial);
        const auto& skipped = replayed.skipped;
        auto refusal = std::find_if(skipped.begin(), skipped.end(), [&](const SkippedEvent& skip) { return skip.event == events.back().id; });
        ASSERT_NE(refusal, skipped.end()) << "the act took effect";
        EXPECT_EQ(refusal->code, forgery.rule) << refusal->reason;
        EXPECT_EQ(refusal->refusal, Refusal::Authority);

        // The file is refused whole, and nothing changes.
        const auto files = world.admin.storage.files();
        const ProgramState before = *world.admin.store.recorded(world.program);
        auto report = world.admin.store.import_program_file(file_of(world.program, events));
        ASSERT_FALSE(report.ok()) << "the file was opened";
        EXPECT_EQ(report.error().code, "not_allowed");
        EXPECT_NE(report.error().message.find(std::string(event_type_name(forgery.body))), std::string::npos) << report.error().message;
        EXPECT_TRUE(world.admin.storage.files() == files) << "storage changed";
        EXPECT_TRUE(*world.admin.store.recorded(world.program) == before) << "the program changed";
    }
}

TEST_F(Authority, AConflictAMergeMadeIsSetAsideAndTheFileOpens)
{
    // Ana withdraws her request while the admin closes it: each was allowed where it
    // was written, and whichever replays second finds the request no longer pending.
    EXPECT_TRUE(world.ana_device.store.execute_as(people::actor_of(world.ana), world.program, requests::WithdrawRequest{requests::RequestId{"r-ana"}, SYNC_DAY}).ok());
    EXPECT_TRUE(world.admin.store.execute(world.program, requests::CloseRequests{{requests::RequestId{"r-ana"}}, "Closing the round", SYNC_DAY}).ok());
    const ImportReport report = world.send_changes(world.ana_device, world.admin);
    ASSERT_EQ(report.conflicts.size(), 1u);
    const auto& skipped = world.admin.store.program(world.program)->skipped;
    ASSERT_EQ(skipped.size(), 1u);
    EXPECT_EQ(skipped.front().refusal, Refusal::Conflict) << skipped.front().code << ": " << skipped.front().reason;
}

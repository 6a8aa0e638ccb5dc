# The command-line tool on real files: a valid old export, and hostile variants of it
# written at test time, each refused with its specific message.
set(fixture ${CMAKE_SOURCE_DIR}/tests/fixtures/v1_program.json)
set(hostile_dir ${CMAKE_BINARY_DIR}/hostile_files)
file(READ ${fixture} valid)
file(MAKE_DIRECTORY ${hostile_dir})
string(SUBSTRING "${valid}" 0 700 truncated)
file(WRITE ${hostile_dir}/truncated.json "${truncated}")
string(REPLACE "\"schema\": 1," "\"schema\": 1, \"schema\": 2," duplicate "${valid}")
file(WRITE ${hostile_dir}/duplicate_key.json "${duplicate}")
string(REPLACE "\"schema\": 1," "\"schema\": 3," newer "${valid}")
file(WRITE ${hostile_dir}/newer_schema.json "${newer}")
string(REPLACE "\"lamport\": 2," "\"lamport\": 99999999999999999999," huge "${valid}")
file(WRITE ${hostile_dir}/number_out_of_range.json "${huge}")
string(REPLACE "\"lamport\": 2," "\"lamport\": 1099511627777," past_limit "${valid}")
file(WRITE ${hostile_dir}/lamport_past_the_limit.json "${past_limit}")
string(REPEAT "[" 40 open)
string(REPEAT "]" 40 close)
file(WRITE ${hostile_dir}/deep.json "{\"format\": \"turnabout.program\", \"x\": ${open}${close}}")
string(REPLACE "\"seq\": 3" "\"seq\": 2" equivocating "${valid}")
file(WRITE ${hostile_dir}/equivocating.json "${equivocating}")

function(turnabout_cli_test name expect_code expect_output)
  add_test(NAME cli.${name}
      COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:turnabout>;${ARGN}"
              -DEXPECT_CODE=${expect_code} "-DEXPECT_OUTPUT=${expect_output}"
              -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/run_expect.cmake)
endfunction()

turnabout_cli_test(validate_old_export 0 "valid\nprogram \"Finance & IT pilot\" \\(p-7e3a0c5b9d2f4e61\\): 3 people, 8 events from 1 device\\(s\\)\nunsigned: made by an older Turnabout; who wrote its events cannot be checked" validate ${fixture})
turnabout_cli_test(validate_signed_export 0 "v2_program.json: valid\nprogram \"Finance mentoring 2027\" [^\n]*: 3 people, 27 events from 2 device\\(s\\)\nsignatures and who may act for whom checked: 27 events signed by 2 devices, admin key TEYV CSZ5 JDA8 W01D\n"
    validate ${CMAKE_SOURCE_DIR}/tests/fixtures/v2_program.json)
turnabout_cli_test(info_old_export 0 "People: 3.*mentee: 1.*mentor: 1.*both: 1|People: 3.*both: 1.*mentee: 1.*mentor: 1" info ${fixture})
turnabout_cli_test(info_lists_events 0 "PersonAdded: 4.*PersonRemoved: 1" info ${fixture})
turnabout_cli_test(info_counts_matches_and_requests 0 "Matches: 0.*Requests on 20[0-9-]*: 0" info ${fixture})
turnabout_cli_test(refuses_truncated 1 "invalid: the file is not complete, valid JSON \\(truncated" validate ${hostile_dir}/truncated.json)
turnabout_cli_test(refuses_duplicate_key 1 "duplicate key \"schema\"" validate ${hostile_dir}/duplicate_key.json)
turnabout_cli_test(refuses_newer_schema 1 "made by a newer Turnabout" validate ${hostile_dir}/newer_schema.json)
turnabout_cli_test(refuses_number_out_of_range 1 "event 2.lamport: expected a whole number|event 2.lamport: .*out of range" validate ${hostile_dir}/number_out_of_range.json)
turnabout_cli_test(refuses_lamport_past_the_limit 1 "invalid: the file was not opened: event d-[0-9a-f]+:2: its lamport 1099511627777 is beyond 1099511627776" validate ${hostile_dir}/lamport_past_the_limit.json)
turnabout_cli_test(refuses_deep_nesting 1 "nested deeper than 16 levels" validate ${hostile_dir}/deep.json)
turnabout_cli_test(refuses_equivocation 1 "exists with different content" validate ${hostile_dir}/equivocating.json)
turnabout_cli_test(missing_file 1 "cannot open the file" validate ${hostile_dir}/does_not_exist.json)
turnabout_cli_test(usage 2 "usage: turnabout validate FILE" help)

# Matching on the demo program, made into a program file by the tool itself: every
# score with the excluding rule, and the draft, whose total Debian's scipy confirms.
# The file seals levels, managers and personal answers to the admin: the tool reads
# them with the admin's key backup, which `demo` writes beside it.
set(demo_file ${CMAKE_BINARY_DIR}/cli_demo_program.json)
set(demo_backup ${CMAKE_BINARY_DIR}/cli_demo_admin_backup.json)
set(demo_passphrase ${CMAKE_BINARY_DIR}/cli_demo_passphrase.txt)
file(WRITE ${demo_passphrase} "rivers of the north 7\n")
set(as_admin --admin-backup ${demo_backup} --passphrase-file ${demo_passphrase})
set(scores_file ${CMAKE_BINARY_DIR}/cli_demo_scores.csv)
set(draft_file ${CMAKE_BINARY_DIR}/cli_demo_draft.json)
turnabout_cli_test(demo_program_file 0 "wrote .*cli_demo_program.json\nwrote .*cli_demo_admin_backup.json" demo ${CMAKE_SOURCE_DIR}/assets/demo_program.json ${demo_file} ${as_admin})
turnabout_cli_test(scores_csv 0 "wrote .*cli_demo_scores.csv" scores ${demo_file} --match-type "Reverse mentorship" --csv ${scores_file} ${as_admin})
turnabout_cli_test(match_json 0 "wrote .*cli_demo_draft.json: 24 pairs, total score [0-9]+, 2 unmatched" match ${demo_file} --match-type m-1 --json ${draft_file} ${as_admin})
# Without the key, the file alone: no level, no manager, no personal answer. Pairs are
# scored on what everyone reads, and no rule on a sealed field is judged.
turnabout_cli_test(match_without_the_admin_key 0 "wrote .*cli_demo_draft_anyone.json: 24 pairs, total score [0-9]+, 2 unmatched" match ${demo_file} --match-type m-1 --json ${CMAKE_BINARY_DIR}/cli_demo_draft_anyone.json)
turnabout_cli_test(scores_without_the_admin_key 0 "wrote .*cli_demo_scores_anyone.csv" scores ${demo_file} --match-type m-1 --csv ${CMAKE_BINARY_DIR}/cli_demo_scores_anyone.csv)
add_test(NAME cli.scores_without_the_admin_key_judge_no_sealed_rule
    COMMAND ${CMAKE_COMMAND} -DFILE=${CMAKE_BINARY_DIR}/cli_demo_scores_anyone.csv "-DEXPECT=,same_person," "-DABSENT=level_gap|level_unknown|reporting_line"
            -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/file_contains.cmake)
set_tests_properties(cli.scores_without_the_admin_key PROPERTIES DEPENDS cli.demo_program_file)
set_tests_properties(cli.scores_without_the_admin_key_judge_no_sealed_rule PROPERTIES DEPENDS cli.scores_without_the_admin_key)
turnabout_cli_test(match_with_a_wrong_passphrase 1 "cli_demo_program.json: .*passphrase" match ${demo_file} --match-type m-1 --json ${draft_file} --admin-backup ${demo_backup} --passphrase-file ${fixture})
# The audit: what one participant's browser reads. Her own sealed fields, everyone's
# public ones, and nobody's email.
turnabout_cli_test(audit_as_a_participant 0 "What Amara Okafor's browser can read in .*\n\nAmara Okafor [(]themselves[)]\n.*  Email: sealed to Amara Okafor\n.*  Who they may not be matched with [(]no reason given[)]: sealed to Amara Okafor\n.*\nAisha Khan\n  Job title: Product Analyst\n.*fields in plain text, 13 sealed to Amara Okafor"
    audit ${demo_file} --as "Amara Okafor")
turnabout_cli_test(audit_of_someone_unknown 1 "nobody named \"Zed\" in this program" audit ${demo_file} --as Zed)
set_tests_properties(cli.match_without_the_admin_key cli.match_with_a_wrong_passphrase cli.audit_as_a_participant cli.audit_of_someone_unknown PROPERTIES DEPENDS cli.demo_program_file)
turnabout_cli_test(match_unknown_type 1 "no match type \"Group\"; this program has \"Reverse mentorship\" \\(m-1\\)" match ${demo_file} --match-type Group --json ${draft_file})
turnabout_cli_test(match_bad_objective 2 "--objective is \"score\"" match ${demo_file} --match-type m-1 --json ${draft_file} --objective fastest)
set_tests_properties(cli.scores_csv cli.match_json cli.match_unknown_type cli.match_bad_objective PROPERTIES DEPENDS cli.demo_program_file)
add_test(NAME cli.scores_name_the_excluding_rule
    COMMAND ${CMAKE_COMMAND} -DFILE=${scores_file} "-DEXPECT=,reporting_line,\"?[^,]* are in one reporting line.*,level_gap,\"?in reverse mentoring the mentor is at least 1 level below the mentee"
            -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/file_contains.cmake)
set_tests_properties(cli.scores_name_the_excluding_rule PROPERTIES DEPENDS cli.scores_csv)
add_test(NAME cli.match_total_equals_scipy
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_optimum.py ${scores_file} ${draft_file})
set_tests_properties(cli.match_total_equals_scipy PROPERTIES DEPENDS "cli.scores_csv;cli.match_json")

# Exchanged files: merge, diff and verify. Two variants of the old export are written
# here: one without its PersonRemoved event (so the event after it waits) and exported
# later, and one whose last event says something else under the same id.
string(FIND "${valid}" "\"type\": \"PersonRemoved\"" removed_at)
string(SUBSTRING "${valid}" 0 ${removed_at} before_removed)
string(FIND "${before_removed}" "\n    {" removed_start REVERSE)
string(SUBSTRING "${valid}" ${removed_at} -1 from_removed)
string(FIND "${from_removed}" "\n    }," removed_length)
math(EXPR removed_end "${removed_at} + ${removed_length} + 7")
string(SUBSTRING "${valid}" 0 ${removed_start} head)
string(SUBSTRING "${valid}" ${removed_end} -1 tail)
string(REPLACE "\"exported_at\": 1795000500000" "\"exported_at\": 1795000900000" one_removed "${head}${tail}")
set(one_removed_file ${hostile_dir}/one_event_removed.json)
file(WRITE ${one_removed_file} "${one_removed}")
string(REPLACE "one year from January" "two years from January" other_content "${valid}")
set(other_content_file ${hostile_dir}/same_id_other_content.json)
file(WRITE ${other_content_file} "${other_content}")
set(merge_dir ${CMAKE_BINARY_DIR}/cli_merge)
file(MAKE_DIRECTORY ${merge_dir})

function(turnabout_cli_same_output name out_a out_b command_a command_b)
  add_test(NAME cli.${name}
      COMMAND ${CMAKE_COMMAND} "-DCOMMAND_A=$<TARGET_FILE:turnabout>;${command_a}" "-DCOMMAND_B=$<TARGET_FILE:turnabout>;${command_b}"
              -DOUT_A=${out_a} -DOUT_B=${out_b} -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/compare_outputs.cmake)
endfunction()

# A refusal (exit 1) whose output matches `expect_output`, and which leaves `out` unwritten.
function(turnabout_cli_refusal name out expect_output)
  add_test(NAME cli.${name}
      COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:turnabout>;${ARGN}" -DEXPECT_CODE=1 "-DEXPECT_OUTPUT=${expect_output}"
              -DNOT_WRITTEN=${out} -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/run_expect.cmake)
endfunction()

turnabout_cli_test(merge_reports_each_file 0 "v1_program.json: 8 added \\(PersonAdded: 4, PersonRemoved: 1, [^\n]*\\), 0 already there, 0 held, 0 conflicts resolved[^\n]*\n[^\n]*v1_program.json: 0 added, 8 already there, 0 held.*wrote .*merged_twice.json: program \"Finance & IT pilot\" \\(p-7e3a0c5b9d2f4e61\\), 8 events"
    merge ${fixture} ${fixture} -o ${merge_dir}/merged_twice.json)
turnabout_cli_test(merge_holds_events_waiting_for_earlier_ones 0 "one_event_removed.json: 6 added [^\n]*, 1 held.*8 events"
    merge ${one_removed_file} ${fixture} -o ${merge_dir}/held.json)
turnabout_cli_same_output(merge_with_itself_equals_its_export ${merge_dir}/once.json ${merge_dir}/twice.json
    "merge;${fixture};-o;${merge_dir}/once.json" "merge;${fixture};${fixture};-o;${merge_dir}/twice.json")
turnabout_cli_same_output(merge_in_either_order_gives_the_same_bytes ${merge_dir}/ab.json ${merge_dir}/ba.json
    "merge;${fixture};${one_removed_file};-o;${merge_dir}/ab.json" "merge;${one_removed_file};${fixture};-o;${merge_dir}/ba.json")
turnabout_cli_refusal(merge_refuses_a_damaged_file ${merge_dir}/refused_damaged.json "truncated.json: refused: the file is not complete.*nothing written"
    merge ${fixture} ${hostile_dir}/truncated.json -o ${merge_dir}/refused_damaged.json)
turnabout_cli_refusal(merge_refuses_equivocation ${merge_dir}/refused_equivocation.json "same_id_other_content.json: refused: .*exists with different content.*nothing written"
    merge ${fixture} ${other_content_file} -o ${merge_dir}/refused_equivocation.json)
turnabout_cli_test(merge_needs_an_output 2 "usage: turnabout merge" merge ${fixture})

turnabout_cli_test(diff_identical_files 0 "only in [^\n]*: none\nonly in [^\n]*: none\nsame id, different content \\(equivocation\\): none\nstate after replay: the same\nidentical"
    diff ${fixture} ${fixture})
turnabout_cli_test(diff_names_the_missing_event 1 "only in [^\n]*v1_program.json: 1 event \\(PersonRemoved: 1\\)\n  d-0a1b2c3d4e5f6a7b:7 PersonRemoved\nonly in [^\n]*one_event_removed.json: none.*state after replay: differs"
    diff ${fixture} ${one_removed_file})
turnabout_cli_test(diff_finds_equivocation 1 "equivocation\\): 1 event\n  d-0a1b2c3d4e5f6a7b:8: ProgramDetailsChanged in .*state after replay: differs"
    diff ${fixture} ${other_content_file})
turnabout_cli_test(diff_unreadable_file 2 "cannot open the file" diff ${fixture} ${hostile_dir}/does_not_exist.json)
turnabout_cli_test(diff_invalid_file 2 "truncated.json: invalid: the file is not complete" diff ${hostile_dir}/truncated.json ${fixture})
turnabout_cli_test(diff_usage 2 "usage: turnabout" diff ${fixture})

turnabout_cli_test(verify_old_export_is_unsigned 0 "v1_program.json: unsigned: made by an older Turnabout" verify ${fixture})
turnabout_cli_test(verify_refuses_a_damaged_file 1 "truncated.json: refused: the file is not complete" verify ${hostile_dir}/truncated.json)

# Signed files: the demo program made by this run's tool, signed with its fresh device
# key, and a copy with one letter of one person's email changed.
set(altered_file ${CMAKE_BINARY_DIR}/cli_demo_altered.json)
set_tests_properties(cli.demo_program_file PROPERTIES FIXTURES_SETUP signed_demo)
add_test(NAME cli.altered_demo_copy
    COMMAND ${CMAKE_COMMAND} -DFILE=${demo_file} -DOUT=${altered_file} "-DFROM=Amara Okafor" "-DTO=Amara 0kafor"
            -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/alter_once.cmake)
set_tests_properties(cli.altered_demo_copy PROPERTIES FIXTURES_REQUIRED signed_demo FIXTURES_SETUP altered_demo)
turnabout_cli_test(verify_signed_file 0 "cli_demo_program.json: verified: [0-9]+ events signed by 1 device, admin key [0-9A-Z]+ [0-9A-Z]+ [0-9A-Z]+ [0-9A-Z]+\n"
    verify ${demo_file})
turnabout_cli_test(validate_refuses_an_altered_signed_file 1 "cli_demo_altered.json: invalid: event of device [0-9A-Z ]+ #[0-9]+ \\(PersonAdded\\) does not match its signature"
    validate ${altered_file})
turnabout_cli_test(verify_refuses_an_altered_signed_file 1 "cli_demo_altered.json: refused: event of device [0-9A-Z ]+ #[0-9]+ \\(PersonAdded\\) does not match its signature"
    verify ${altered_file})
turnabout_cli_refusal(merge_refuses_an_altered_signed_file ${merge_dir}/refused_signed.json "cli_demo_altered.json: refused: .*signature.*nothing written"
    merge ${altered_file} ${demo_file} -o ${merge_dir}/refused_signed.json)
turnabout_cli_refusal(merge_refuses_files_of_different_programs ${merge_dir}/refused_programs.json "files of different programs are not merged; nothing written"
    merge ${fixture} ${demo_file} -o ${merge_dir}/refused_programs.json)
set_tests_properties(cli.verify_signed_file cli.merge_refuses_files_of_different_programs PROPERTIES FIXTURES_REQUIRED signed_demo)
set_tests_properties(cli.validate_refuses_an_altered_signed_file cli.verify_refuses_an_altered_signed_file cli.merge_refuses_an_altered_signed_file PROPERTIES FIXTURES_REQUIRED altered_demo)

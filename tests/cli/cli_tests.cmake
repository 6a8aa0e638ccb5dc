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

turnabout_cli_test(validate_old_export 0 "valid\nprogram \"Finance & IT pilot\" \\(p-7e3a0c5b9d2f4e61\\): 3 people, 8 events from 1 device" validate ${fixture})
turnabout_cli_test(info_old_export 0 "People: 3.*mentee: 1.*mentor: 1.*both: 1|People: 3.*both: 1.*mentee: 1.*mentor: 1" info ${fixture})
turnabout_cli_test(info_lists_events 0 "PersonAdded: 4.*PersonRemoved: 1" info ${fixture})
turnabout_cli_test(info_counts_matches_and_requests 0 "Matches: 0.*Requests on 20[0-9-]*: 0" info ${fixture})
turnabout_cli_test(refuses_truncated 1 "invalid: the file is not complete, valid JSON \\(truncated" validate ${hostile_dir}/truncated.json)
turnabout_cli_test(refuses_duplicate_key 1 "duplicate key \"schema\"" validate ${hostile_dir}/duplicate_key.json)
turnabout_cli_test(refuses_newer_schema 1 "made by a newer Turnabout" validate ${hostile_dir}/newer_schema.json)
turnabout_cli_test(refuses_number_out_of_range 1 "event 2.lamport: expected a whole number|event 2.lamport: .*out of range" validate ${hostile_dir}/number_out_of_range.json)
turnabout_cli_test(refuses_deep_nesting 1 "nested deeper than 16 levels" validate ${hostile_dir}/deep.json)
turnabout_cli_test(refuses_equivocation 1 "exists with different content" validate ${hostile_dir}/equivocating.json)
turnabout_cli_test(missing_file 1 "cannot open the file" validate ${hostile_dir}/does_not_exist.json)
turnabout_cli_test(usage 2 "usage: turnabout validate FILE" help)

# Matching on the demo program, made into a program file by the tool itself: every
# score with the excluding rule, and the draft, whose total Debian's scipy confirms.
set(demo_file ${CMAKE_BINARY_DIR}/cli_demo_program.json)
set(scores_file ${CMAKE_BINARY_DIR}/cli_demo_scores.csv)
set(draft_file ${CMAKE_BINARY_DIR}/cli_demo_draft.json)
turnabout_cli_test(demo_program_file 0 "wrote .*cli_demo_program.json" demo ${CMAKE_SOURCE_DIR}/assets/demo_program.json ${demo_file})
turnabout_cli_test(scores_csv 0 "wrote .*cli_demo_scores.csv" scores ${demo_file} --match-type "Reverse mentorship" --csv ${scores_file})
turnabout_cli_test(match_json 0 "wrote .*cli_demo_draft.json: 24 pairs, total score [0-9]+, 2 unmatched" match ${demo_file} --match-type m-1 --json ${draft_file})
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

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
turnabout_cli_test(refuses_truncated 1 "invalid: the file is not complete, valid JSON \\(truncated" validate ${hostile_dir}/truncated.json)
turnabout_cli_test(refuses_duplicate_key 1 "duplicate key \"schema\"" validate ${hostile_dir}/duplicate_key.json)
turnabout_cli_test(refuses_newer_schema 1 "made by a newer Turnabout" validate ${hostile_dir}/newer_schema.json)
turnabout_cli_test(refuses_number_out_of_range 1 "event 2.lamport: expected a whole number|event 2.lamport: .*out of range" validate ${hostile_dir}/number_out_of_range.json)
turnabout_cli_test(refuses_deep_nesting 1 "nested deeper than 16 levels" validate ${hostile_dir}/deep.json)
turnabout_cli_test(refuses_equivocation 1 "exists with different content" validate ${hostile_dir}/equivocating.json)
turnabout_cli_test(missing_file 1 "cannot open the file" validate ${hostile_dir}/does_not_exist.json)
turnabout_cli_test(usage 2 "usage: turnabout validate FILE" help)

# fish completion for flowwatch

set -l commands export-errors retry

complete -c flowwatch -f
complete -c flowwatch -n "not __fish_seen_subcommand_from $commands" -a export-errors -d 'Write the validation errors of a run as CSV'
complete -c flowwatch -n "not __fish_seen_subcommand_from $commands" -a retry -d 'Retry a failed run once'

# Options of every form
complete -c flowwatch -l server -x -a 'https:// http://' -d 'KaireonAI server URL'
complete -c flowwatch -l tenant -x -d 'Tenant id (default: KAIREON_TENANT_ID)'
complete -c flowwatch -l pipeline -x -d 'Pipeline id'
complete -c flowwatch -l run -x -d 'Run id'
complete -c flowwatch -s h -l help -d 'Show the options'

# The window
complete -c flowwatch -n "not __fish_seen_subcommand_from $commands" -l profile -x -d 'Open a saved connection'
complete -c flowwatch -n "not __fish_seen_subcommand_from $commands" -l demo -d "Watch the built-in simulator's demo runs"
complete -c flowwatch -n "not __fish_seen_subcommand_from $commands" -l new-instance -d 'Open a window of its own'
complete -c flowwatch -n "not __fish_seen_subcommand_from $commands" -s v -l version -d 'Show the version'

# Both commands
complete -c flowwatch -n "__fish_seen_subcommand_from $commands" -l bearer -d 'Send the key as Authorization: Bearer'

# export-errors
complete -c flowwatch -n '__fish_seen_subcommand_from export-errors' -s o -l output -r -F -d 'Output CSV file (- for standard output)'
complete -c flowwatch -n '__fish_seen_subcommand_from export-errors' -l filter -x -d 'Only errors containing TEXT'
complete -c flowwatch -n '__fish_seen_subcommand_from export-errors' -l no-bom -d 'Omit the UTF-8 byte order mark'

# retry
complete -c flowwatch -n '__fish_seen_subcommand_from retry' -s y -l yes -d 'Retry without asking'

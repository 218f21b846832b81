# bash completion for flowwatch                                      -*- shell-script -*-

_flowwatch()
{
    local cur prev words cword
    _init_completion || return

    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            export-errors | retry)
                command=${words[i]}
                break
                ;;
        esac
    done

    case $prev in
        --server)
            COMPREPLY=($(compgen -W 'https:// http://' -- "$cur"))
            compopt -o nospace
            return
            ;;
        --tenant | --pipeline | --run | --filter)
            return
            ;;
        --profile)
            return
            ;;
        -o | --output)
            _filedir csv
            return
            ;;
    esac

    local options
    case $command in
        export-errors)
            options='--server --tenant --pipeline --run -o --output --filter --no-bom --bearer
                --help'
            ;;
        retry)
            options='--server --tenant --pipeline --run --yes --bearer --help'
            ;;
        *)
            options='--server --tenant --pipeline --run --profile --demo --new-instance --help
                --version'
            if [[ $cur != -* ]]; then
                COMPREPLY=($(compgen -W 'export-errors retry' -- "$cur"))
                return
            fi
            ;;
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
} &&
    complete -F _flowwatch flowwatch

# ex: filetype=sh

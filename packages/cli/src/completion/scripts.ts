/**
 * Shell completion scripts for bash, zsh and fish, generated from the command table (each
 * command's own flag declarations): commands, flags (long and short), the files of `--csv`,
 * `--env-file` and `bulk FILE`, the profile names of the config file (asked of `sendsms
 * config profiles` as you type), the actions and settings of `config`.
 */
import type { FlagSpec } from '../commands/connection-flags.js'
import type { CommandEntry } from './command-table.js'

/**
 * The shells a script can be printed for.
 *
 * @example
 * ```ts
 * const shell: Shell = 'zsh'
 * ```
 */
export type Shell = 'bash' | 'zsh' | 'fish'

/**
 * The completion script for `shell`.
 *
 * @example
 * ```ts
 * completionScript('bash', commandTable()).includes('complete -F _sendsms sendsms') // true
 * ```
 */
export function completionScript(shell: Shell, table: readonly CommandEntry[]): string {
  if (shell === 'bash') return bashScript(table)
  if (shell === 'zsh') return zshScript(table)
  return fishScript(table)
}

const PROFILES = 'sendsms config profiles 2>/dev/null'

function flagWords(flags: Readonly<Record<string, FlagSpec>>): string[] {
  return Object.entries(flags).flatMap(([name, flag]) =>
    flag.short === undefined ? [`--${name}`] : [`--${name}`, `-${flag.short}`],
  )
}

function flagsCompleting(table: readonly CommandEntry[], complete: FlagSpec['complete']): string[] {
  const words = new Set<string>()
  for (const command of table) {
    for (const [name, flag] of Object.entries(command.flags)) {
      if (flag.complete !== complete) continue
      words.add(`--${name}`)
      if (flag.short !== undefined) words.add(`-${flag.short}`)
    }
  }
  return [...words]
}

function bashScript(table: readonly CommandEntry[]): string {
  const cases = table
    .map((command) => {
      const first =
        command.argument === 'file'
          ? '      [ "$COMP_CWORD" -eq 2 ] && [[ "$cur" != -* ]] && { COMPREPLY=($(compgen -f -- "$cur")); return; }\n'
          : command.argument === undefined
            ? ''
            : `      [ "$COMP_CWORD" -eq 2 ] && [[ "$cur" != -* ]] && { COMPREPLY=($(compgen -W "${command.argument.join(' ')}" -- "$cur")); return; }\n`
      const second =
        command.secondArgument === undefined
          ? ''
          : `      [ "$COMP_CWORD" -eq 3 ] && [[ "$cur" != -* ]] && { COMPREPLY=($(compgen -W "${command.secondArgument.join(' ')}" -- "$cur")); return; }\n`
      return `    ${command.name})\n${first}${second}      words="${flagWords(command.flags).join(' ')}" ;;\n`
    })
    .join('')
  return `# bash completion for sendsms: add to ~/.bashrc
#   source <(sendsms completion bash)
_sendsms() {
  local cur prev words
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${table.map((command) => command.name).join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "$prev" in
    ${flagsCompleting(table, 'file').join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    ${flagsCompleting(table, 'profile').join('|')}) COMPREPLY=($(compgen -W "$(${PROFILES})" -- "$cur")); return ;;
  esac
  case "\${COMP_WORDS[1]}" in
${cases}    *) words="" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _sendsms sendsms
`
}

/** Text inside a single-quoted zsh spec: no quotes, and brackets and colons escaped. */
function zshText(text: string): string {
  return text.replace(/'/g, '').replace(/([[\]:\\])/g, '\\$1')
}

function zshFlag(name: string, flag: FlagSpec): string[] {
  const value =
    flag.type === 'boolean'
      ? ''
      : flag.complete === 'file'
        ? `:${name}:_files`
        : flag.complete === 'profile'
          ? `:${name}:_sendsms_profiles`
          : `:${name}: `
  const repeat = flag.multiple === true ? '*' : ''
  const spec = (word: string) => `'${repeat}${word}[${zshText(flag.help)}]${value}'`
  return flag.short === undefined
    ? [spec(`--${name}`)]
    : [spec(`--${name}`), spec(`-${flag.short}`)]
}

function zshScript(table: readonly CommandEntry[]): string {
  const commands = table.map((command) => `    '${command.name}:${zshText(command.summary)}'`)
  const cases = table
    .map((command) => {
      const specs = Object.entries(command.flags).flatMap(([name, flag]) => zshFlag(name, flag))
      if (command.argument === 'file') specs.push("'1:file:_files'")
      else if (command.argument !== undefined) {
        specs.push(`'1:argument:(${command.argument.join(' ')})'`)
      }
      if (command.secondArgument !== undefined) {
        specs.push(`'2:setting:(${command.secondArgument.join(' ')})'`)
      }
      return `    ${command.name})\n      _arguments -s \\\n        ${specs.join(' \\\n        ')} ;;\n`
    })
    .join('')
  return `#compdef sendsms
# zsh completion for sendsms: add to ~/.zshrc (after compinit)
#   source <(sendsms completion zsh)
_sendsms_profiles() {
  local -a profiles
  profiles=(\${(f)"$(${PROFILES})"})
  compadd -a profiles
}
_sendsms() {
  local -a commands
  commands=(
${commands.join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  local command=\${words[2]}
  shift words
  (( CURRENT-- ))
  case $command in
${cases}  esac
}
compdef _sendsms sendsms
`
}

function fishText(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

function fishScript(table: readonly CommandEntry[]): string {
  const lines = [
    '# fish completion for sendsms: save as ~/.config/fish/completions/sendsms.fish',
    '#   sendsms completion fish > ~/.config/fish/completions/sendsms.fish',
    'complete -c sendsms -f',
  ]
  for (const command of table) {
    lines.push(
      `complete -c sendsms -n __fish_use_subcommand -a ${command.name} -d ${fishText(command.summary)}`,
    )
  }
  for (const command of table) {
    const when = `-n '__fish_seen_subcommand_from ${command.name}'`
    for (const [name, flag] of Object.entries(command.flags)) {
      const short = flag.short === undefined ? '' : ` -s ${flag.short}`
      const value =
        flag.type === 'boolean'
          ? ''
          : flag.complete === 'file'
            ? ' -r -F'
            : flag.complete === 'profile'
              ? ` -x -a '(${PROFILES})'`
              : ' -x'
      lines.push(`complete -c sendsms ${when} -l ${name}${short}${value} -d ${fishText(flag.help)}`)
    }
    if (command.argument === 'file') lines.push(`complete -c sendsms ${when} -F`)
    else if (command.argument !== undefined) {
      lines.push(`complete -c sendsms ${when} -a ${fishText(command.argument.join(' '))}`)
    }
  }
  return `${lines.join('\n')}\n`
}

#!/usr/bin/env bash
# Checks a package built by Scripts/package-deb.sh: its files (the binary, the
# man page, the three shell completions, copyright and changelog, all owned by
# root), its control fields, and that the packaged relulab runs lesson 1 from
# an extracted copy, with HOME and the XDG folders in a scratch folder so that
# it never touches the real home. CI runs it; prints "check-deb: ok" when all pass.
#
# Usage: Scripts/check-deb.sh relulab_VERSION_ARCH.deb
set -euo pipefail
deb="${1:?usage: Scripts/check-deb.sh relulab_VERSION_ARCH.deb}"
[[ -f "$deb" ]] || { echo "check-deb: no file $deb" >&2; exit 1; }
failures=0
fail() {
  echo "check-deb: $*" >&2
  failures=$((failures + 1))
}

listing=$(dpkg-deb -c "$deb")
for path in usr/bin/relulab usr/share/man/man1/relulab.1.gz \
  usr/share/bash-completion/completions/relulab \
  usr/share/zsh/vendor-completions/_relulab \
  usr/share/fish/vendor_completions.d/relulab.fish \
  usr/share/doc/relulab/copyright usr/share/doc/relulab/changelog.gz; do
  grep -qE "^-.* \./$path\$" <<<"$listing" || fail "the package lacks /$path"
done
grep -qE '^-rwxr-xr-x root/root .* \./usr/bin/relulab$' <<<"$listing" ||
  fail "/usr/bin/relulab is not an executable owned by root"
odd=$(grep -vE '^[-d]r[-w]xr-xr-x root/root |^-rw-r--r-- root/root ' <<<"$listing" || true)
[[ -z "$odd" ]] || fail "files not owned by root, or with odd modes:"$'\n'"$odd"

field() { dpkg-deb -f "$deb" "$1"; }
name=$(basename "$deb")
[[ "$(field Package)" == relulab ]] || fail "Package is '$(field Package)'"
[[ "$(field Architecture)" == "$(dpkg --print-architecture)" ]] ||
  fail "Architecture is '$(field Architecture)', this machine's is $(dpkg --print-architecture)"
[[ "$name" == "relulab_$(field Version)_$(field Architecture).deb" ]] ||
  fail "the file name $name does not match Version $(field Version)"
[[ -n "$(field Maintainer)" ]] || fail "no Maintainer"
[[ "$(field Installed-Size)" =~ ^[1-9][0-9]*$ ]] ||
  fail "Installed-Size is '$(field Installed-Size)'"
grep -qE '(^|, )libc6 \(>= [0-9.]+\)' <<<"$(field Depends)" ||
  fail "Depends lacks a versioned libc6: '$(field Depends)'"
grep -q 'libncursesw6' <<<"$(field Depends)" || fail "Depends lacks libncursesw6: '$(field Depends)'"
[[ "$(field Section)" =~ ^(education|science)$ ]] || fail "Section is '$(field Section)'"
[[ "$(field Priority)" == optional ]] || fail "Priority is '$(field Priority)'"
[[ $(field Description | wc -l) -ge 3 ]] || fail "Description has no long part"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch/root"
mkdir -p "$scratch/home" "$scratch/state" "$scratch/config"
run() {
  env -i PATH=/usr/bin:/bin HOME="$scratch/home" XDG_STATE_HOME="$scratch/state" \
    XDG_CONFIG_HOME="$scratch/config" LANG=C.UTF-8 "$scratch/root/usr/bin/relulab" "$@"
}
[[ "$(run --version)" == "$(field Version)" ]] ||
  fail "relulab --version says '$(run --version)', Version is $(field Version)"
if out=$(run --lesson 1 --plain </dev/null 2>"$scratch/err"); then
  grep -q 'ReLU' <<<"$out" || fail "--lesson 1 --plain printed no ReLU: $(head -3 <<<"$out")"
else
  fail "--lesson 1 --plain failed: $(cat "$scratch/err")"
fi
man=$(zcat "$scratch/root/usr/share/man/man1/relulab.1.gz")
grep -q '^\.Dt RELULAB 1' <<<"$man" ||
  fail "the man page has no .Dt RELULAB 1 header"
grep -q relulab "$scratch/root/usr/share/bash-completion/completions/relulab" ||
  fail "the bash completion does not mention relulab"
if command -v readelf >/dev/null; then
  sections=$(readelf -S "$scratch/root/usr/bin/relulab" 2>&1 || true)
  ! grep -qE '\.debug_|\.symtab' <<<"$sections" || fail "/usr/bin/relulab is not stripped"
  dynamic=$(readelf -d "$scratch/root/usr/bin/relulab" 2>&1 || true)
  ! grep -qE 'RPATH|RUNPATH' <<<"$dynamic" || fail "/usr/bin/relulab has a run path"
fi

if ((failures)); then
  echo "check-deb: $failures check(s) failed" >&2
  exit 1
fi
echo "check-deb: ok ($name, $(field Installed-Size) KiB installed, Depends: $(field Depends))"

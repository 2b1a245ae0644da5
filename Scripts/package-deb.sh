#!/usr/bin/env bash
# Builds a Debian package of relulab, relulab_VERSION_ARCH.deb, for machines
# that have no Swift toolchain: `apt install ./relulab_VERSION_ARCH.deb`.
#
# Usage: Scripts/package-deb.sh [OUTPUT-FOLDER]     (default: the repository's root)
#
# What goes in:
#   /usr/bin/relulab          the release build, Swift's runtime linked in
#                             (-static-stdlib, as the README installs it), stripped
#   /usr/share/man/man1/relulab.1.gz                    Scripts/man.sh's page, gzipped
#   /usr/share/bash-completion/completions/relulab      } relulab
#   /usr/share/zsh/vendor-completions/_relulab          } --generate-completion-script
#   /usr/share/fish/vendor_completions.d/relulab.fish   } bash|zsh|fish
#   /usr/share/doc/relulab/copyright, changelog.gz
# Where the control fields come from:
#   Version       `relulab --version` of the binary just built; the one place it is
#                 written is Sources/ReluCore/Version.swift (ReluLabVersion.current)
#   Architecture  `dpkg --print-architecture`
#   Depends       dpkg-shlibdeps on the stripped binary: it maps each shared library
#                 the binary needs (libc6, ncursesw...) to the package that ships it and
#                 the lowest version that has the symbols used. It wants a
#                 debian/control, so it runs in a scratch folder holding a minimal one.
#   Installed-Size  the files' sizes in KiB, counted as dpkg-gencontrol counts them
#
# The release build has a scratch path of its own, .build-deb, so it never
# disturbs the debug build in .build; running the script again rebuilds only what
# changed. The man page comes from the debug build (see below), built too if
# missing. Needs dpkg-deb, dpkg-shlibdeps (apt-get install dpkg-dev) and strip
# (binutils).
set -euo pipefail
out="${1:-$(dirname "$0")/..}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cd "$(dirname "$0")/.."

for tool in dpkg-deb dpkg-shlibdeps strip gzip; do
  command -v "$tool" >/dev/null || {
    echo "package-deb: $tool is missing (apt-get install dpkg-dev binutils)" >&2
    exit 1
  }
done

scratch=.build-deb
# As the README's install and Scripts/bench.sh build it, without the $ORIGIN
# run path SwiftPM gives executables (in /usr/bin it would make the loader look
# for libraries in /usr/bin), and linked with -z now as Debian's hardening
# defaults link (the few dynamic symbols are bound at start, then read-only).
flags=(-c release -Xswiftc -static-stdlib --disable-local-rpath
  -Xlinker -z -Xlinker now --scratch-path "$scratch")
echo "package-deb: swift build ${flags[*]} --product relulab" >&2
swift build "${flags[@]}" --product relulab >&2
bin=$(swift build "${flags[@]}" --show-bin-path)/relulab

version=$("$bin" --version)
[[ "$version" =~ ^[0-9][A-Za-z0-9.+~-]*$ ]] || {
  echo "package-deb: '$version' from relulab --version is not a Debian version" >&2
  exit 1
}
arch=$(dpkg --print-architecture)
deb="$out/relulab_${version}_${arch}.deb"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# debian/relulab: where dpkg-shlibdeps expects the package's tree (see Depends).
root="$work/debian/relulab"
doc="$root/usr/share/doc/relulab"
mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/man/man1" "$doc" \
  "$root/usr/share/bash-completion/completions" \
  "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/fish/vendor_completions.d"

# The binary first: the steps below run the packaged copy.
install -m 755 "$bin" "$root/usr/bin/relulab"
strip --remove-section=.comment --remove-section=.note --strip-unneeded \
  "$root/usr/bin/relulab"
relulab="$root/usr/bin/relulab"

# Maintainer: "ReluLab developers", which has no address (lintian calls that
# malformed); whoever publishes the package may set DEB_MAINTAINER="Name <address>".
maintainer="${DEB_MAINTAINER:-ReluLab developers}"

# Reproducible dates: the last commit's, else now.
epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH="$epoch"
commit=$(git describe --always --dirty 2>/dev/null || echo unknown)
# The copyright years: the first commit's to the last's.
first_year=$(git log --reverse --format=%cd --date=format:%Y 2>/dev/null | sed -n 1p || true)
last_year=$(date -u -d "@$epoch" +%Y)
years=${first_year:-$last_year}
[[ "$years" == "$last_year" ]] || years="$years-$last_year"

# The man page, as the README makes it: Scripts/man.sh runs swift-argument-parser's
# plugin on the debug build in .build (the one `swift build` and CI make; the
# page is the same in every configuration). Not on the release build above: the
# plugin builds every target, and with -static-stdlib the test helpers'
# `import Testing` has no module to find.
Scripts/man.sh "$work/man" >&2
gzip -9n <"$work/man/relulab.1" >"$root/usr/share/man/man1/relulab.1.gz"

# bash-completion sources its files, so the bash script's #! line is dropped.
"$relulab" --generate-completion-script bash | sed '1{/^#!/d}' \
  >"$root/usr/share/bash-completion/completions/relulab"
"$relulab" --generate-completion-script zsh >"$root/usr/share/zsh/vendor-completions/_relulab"
"$relulab" --generate-completion-script fish \
  >"$root/usr/share/fish/vendor_completions.d/relulab.fish"

# Debian policy 12.5: /usr/share/doc/PACKAGE/copyright, in the machine-readable
# format. The binary also carries, linked in, Swift's runtime and
# swift-argument-parser (both Apache-2.0 with the Runtime Library Exception).
# With no LICENSE file in the repository, ReluLab's own terms read "not-stated".
if [[ -f LICENSE ]]; then
  relulab_license="$(head -1 LICENSE)"
  relulab_text="$(sed -e 's/^$/./' -e 's/^/ /' LICENSE)"
else
  relulab_license="not-stated"
  relulab_text=" The ReluLab sources carry no license file; ask the ReluLab developers
 for the terms under which ReluLab may be copied and redistributed."
fi
cat >"$doc/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: ReluLab
Upstream-Contact: ReluLab developers
Comment: Built from commit $commit of the ReluLab repository.
 The program usr/bin/relulab is statically linked with Swift's runtime
 libraries and with swift-argument-parser, Copyright Apple Inc. and the Swift
 project authors, licensed under Apache-2.0-with-Swift-exception (below).

Files: *
Copyright: $years ReluLab developers
License: $relulab_license
$relulab_text

License: Apache-2.0-with-Swift-exception
 Licensed under the Apache License, Version 2.0; on Debian systems its full
 text is in /usr/share/common-licenses/Apache-2.0.
 .
 Runtime Library Exception to the Apache 2.0 License:
 .
 As an exception, if you use this Software to compile your source code and
 portions of this Software are embedded into the binary product as a result,
 you may redistribute such product without providing attribution as would
 otherwise be required by Sections 4(a), 4(b) and 4(d) of the License.
EOF

# Debian policy 12.7: a native package's changelog, gzipped.
cat >"$work/changelog" <<EOF
relulab ($version) unstable; urgency=medium

  * Built from commit $commit of the ReluLab repository.

 -- $maintainer  $(date -u -R -d "@$epoch")
EOF
gzip -9n <"$work/changelog" >"$doc/changelog.gz"

# Permissions as dpkg expects them, whatever the umask.
find "$root/usr" -type d -exec chmod 755 {} +
find "$root/usr" -type f -exec chmod 644 {} +
chmod 755 "$relulab"

# DEBIAN/md5sums, which `dpkg --verify relulab` checks the installed files against.
(cd "$root" && find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum) \
  >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/md5sums"

# Depends: dpkg-shlibdeps reads debian/control, so the scratch folder gets a
# minimal one beside the package's tree (debian/relulab) and it runs there; -O
# prints shlibs:Depends=... instead of writing debian/substvars.
printf 'Source: relulab\n\nPackage: relulab\nArchitecture: any\n' >"$work/debian/control"
depends=$(cd "$work" && dpkg-shlibdeps -O -edebian/relulab/usr/bin/relulab |
  sed -n 's/^shlibs:Depends=//p')
[[ -n "$depends" ]] || { echo "package-deb: dpkg-shlibdeps found no Depends" >&2; exit 1; }

# Installed-Size in KiB as dpkg-gencontrol counts it: each file rounded up to a
# KiB, one for each folder and link.
installed_size=$(find "$root/usr" -printf '%y %s\n' |
  awk '$1 == "f" { n += int(($2 + 1023) / 1024); next } { n += 1 } END { print n }')

cat >"$root/DEBIAN/control" <<EOF
Package: relulab
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends
Section: education
Priority: optional
Description: interactive terminal lab for the ReLU and Leaky ReLU activations
 ReluLab teaches the ReLU and Leaky ReLU activation functions of neural
 networks in a terminal. It plots the functions and their derivatives, feeds
 vectors through relu and leaky relu layers forward and backward, and steps
 through gradient descent to show why ReLU learns fast, how too large a step
 kills a ReLU neuron, and how Leaky ReLU keeps it alive.
 .
 It has a full-screen lab (ncurses), a line-by-line prompt, a small command
 language for scripts, and lessons in English and Chinese built in.
EOF

dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >&2
echo "$deb"

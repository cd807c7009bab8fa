#!/usr/bin/env bash
# Builds Lectern's native installers for the system it runs on, with jpackage from the running JDK (17+):
#
#   Linux    target/installer/Lectern/            app-image (bin/Lectern is the launcher)
#            target/installer/lectern_VERSION-1_ARCH.deb
#   Windows  target/installer/Lectern-VERSION.msi  (needs the WiX Toolset 3 on the PATH)
#   macOS    target/installer/Lectern-VERSION.dmg
#
# jpackage cannot cross-build: run this on each system (Git Bash on Windows). All three share one runtime recipe:
# jlink links only the JDK modules Lectern uses plus javafx.base, javafx.graphics and javafx.controls (from the
# platform JavaFX jars Maven downloaded into ~/.m2), and Lectern's shaded jar goes in without its own copy of
# JavaFX (StripJavaFx.java), so each JavaFX class exists once, in the runtime.
#
#   installer/build.sh [--type TYPE]... [--build-dir DIR] [--runtime-jdk DIR] [--no-maven]
#
#   --type         app-image, deb, msi or dmg; repeatable (default: app-image and deb on Linux, msi on Windows,
#                  dmg on macOS)
#   --build-dir    Maven's build folder (default: target; the same as -Dlectern.buildDir)
#   --runtime-jdk  the JDK (17+) whose jlink and jpackage make the bundled runtime (also $LECTERN_RUNTIME_JDK;
#                  default: the newest JDK 25+ in $JAVA_HOME or the usual JDK folders, else the JDK on the PATH).
#                  With JDK 25+ the image gets an ahead-of-time cache from a training run (see below), which
#                  halves the start; the training shows the window (on Linux without a display: xvfb-run).
#   --no-maven     use the jar that is there; otherwise `mvn -B -q -DskipTests package` builds it first
#                  (extra Maven arguments, e.g. -o, from $LECTERN_MAVEN_ARGS)
#
# The Maven profile does the same after the tests: mvn -Pinstaller package
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
here="$root/installer"
build_dir=${LECTERN_BUILD_DIR:-$root/target}
types=()
run_maven=true
runtime_jdk=${LECTERN_RUNTIME_JDK:-}
while [ $# -gt 0 ]; do
  case $1 in
    --type) types+=("$2"); shift 2 ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --runtime-jdk) runtime_jdk=$2; shift 2 ;;
    --no-maven) run_maven=false; shift ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
case $build_dir in /*|[A-Za-z]:*) ;; *) build_dir="$root/$build_dir" ;; esac

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "build.sh: no installer for $(uname -s)" >&2; exit 1 ;;
esac
if [ ${#types[@]} -eq 0 ]; then
  case $os in linux) types=(app-image deb) ;; windows) types=(msi) ;; mac) types=(dmg) ;; esac
fi

started=$SECONDS
step() { echo "== [$((SECONDS - started)) s] $*"; }

for tool in java jar; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool not found; it comes with the JDK (17 or newer)" >&2; exit 1; }
done

# The feature release of a JDK folder (17, 25...), from its release file; 0 when it is not a JDK.
jdk_feature() {
  local version
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true)
  [ -n "$version" ] && [ -x "$1/bin/jlink" ] && [ -x "$1/bin/jpackage" ] && echo "$version" || echo 0
}
# The runtime: an older JDK starts Lectern twice as slowly as a JDK 25 with its ahead-of-time cache (README, section
# 3 of the benchmark), so the newest JDK 25+ found is preferred to the one on the PATH.
if [ -z "$runtime_jdk" ]; then
  best=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "/c/Program Files/Java"/* "/c/Program Files/Eclipse Adoptium"/*; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    feature=$(jdk_feature "$candidate")
    if [ "$feature" -ge 25 ] && [ "$feature" -gt "$best" ]; then best=$feature; runtime_jdk=$candidate; fi
  done
  if [ -z "$runtime_jdk" ]; then
    command -v jlink >/dev/null || { echo "build.sh: jlink not found; it comes with the JDK (17 or newer)" >&2; exit 1; }
    runtime_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")
  fi
fi
runtime_feature=$(jdk_feature "$runtime_jdk")
[ "$runtime_feature" -ge 17 ] || { echo "build.sh: $runtime_jdk is not a JDK 17 or newer with jlink and jpackage" >&2; exit 1; }
jlink="$runtime_jdk/bin/jlink"
jpackage="$runtime_jdk/bin/jpackage"

if $run_maven; then
  step "mvn package (tests skipped) into $build_dir"
  # shellcheck disable=SC2086  # LECTERN_MAVEN_ARGS is a list of arguments
  (cd "$root" && mvn -B -q -DskipTests "-Dlectern.buildDir=$build_dir" ${LECTERN_MAVEN_ARGS:-} package)
fi
jar="$build_dir/lectern.jar"
[ -f "$jar" ] || { echo "build.sh: $jar is missing; run mvn package first (or leave out --no-maven)" >&2; exit 1; }

# "Lectern 0.1.0" -> 0.1.0: the version stamped into the jar, which the launcher's --version prints too.
version=$(java -jar "$jar" --version | awk '{print $2}')
[[ $version =~ ^[0-9]+(\.[0-9]+)*$ ]] || { echo "build.sh: unexpected version '$version' from $jar" >&2; exit 1; }

# The JavaFX platform jars: the version from pom.xml, the classifier of this system and processor.
fx_version=$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' "$root/pom.xml" | head -n 1)
arch=$(uname -m)
case $os in
  linux) classifier=linux; [ "$arch" = aarch64 ] && classifier=linux-aarch64 ;;
  mac) classifier=mac; [ "$arch" = arm64 ] && classifier=mac-aarch64 ;;
  windows) classifier=win ;;
esac
m2=${MAVEN_REPOSITORY:-$HOME/.m2/repository}
fx_jars=()
for module in base graphics controls; do
  fx_jar="$m2/org/openjfx/javafx-$module/$fx_version/javafx-$module-$fx_version-$classifier.jar"
  [ -f "$fx_jar" ] || { echo "build.sh: $fx_jar is missing; mvn package on this system downloads it" >&2; exit 1; }
  fx_jars+=("$fx_jar")
done
path_sep=':'; [ $os = windows ] && path_sep=';'
fx_module_path=$(IFS=$path_sep; echo "${fx_jars[*]}")

out="$build_dir/installer"
work="$build_dir/installer-work"
rm -rf "$work"
mkdir -p "$out" "$work/input"

step "Lectern $version on $os ($arch), JavaFX $fx_version ($classifier), runtime from JDK $runtime_feature ($runtime_jdk); output in $out"

step "lectern.jar without JavaFX"
java "$here/StripJavaFx.java" "$jar" "$work/input/lectern.jar" "${fx_jars[@]}"

# SQLite's native library for this system, shipped unpacked (lib/app/native/): otherwise sqlite-jdbc would copy it
# out of the jar into the temporary folder on every start. sqlite-jdbc's own OSInfo names its folder in the jar.
sqlite_folder=$(java -cp "$jar" org.sqlite.util.OSInfo)
case $os in linux) sqlite_name=libsqlitejdbc.so ;; mac) sqlite_name=libsqlitejdbc.dylib ;; windows) sqlite_name=sqlitejdbc.dll ;; esac
mkdir -p "$work/input/native"
(cd "$work/input/native" && jar xf "$jar" "org/sqlite/native/$sqlite_folder/$sqlite_name" \
  && mv "org/sqlite/native/$sqlite_folder/$sqlite_name" . && rm -rf org)
[ -f "$work/input/native/$sqlite_name" ] || { echo "build.sh: $jar has no SQLite library for $sqlite_folder" >&2; exit 1; }

# The JDK modules: `jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --module-path FX_JARS
# lectern.jar` prints java.base,java.desktop,java.net.http,java.prefs,java.sql,javafx.controls; java.logging is
# named for JavaFX's log filter and jdk.charsets for articles in legacy encodings (Shift_JIS, Big5, KOI8-R...).
modules=java.base,java.desktop,java.logging,java.net.http,java.prefs,java.sql,jdk.charsets
modules+=,javafx.base,javafx.graphics,javafx.controls
step "jlink: $modules"
compress=2; [ "$runtime_feature" -ge 21 ] && compress=zip-6  # the same compression, as newer jlinks name it
"$jlink" --module-path "$fx_module_path" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=$compress \
  --output "$work/runtime"
# JavaFX's native libraries sit at the top of the platform jar. Beside the JDK's own (lib/, bin/ on Windows)
# they are loaded straight from the runtime; otherwise JavaFX would unpack them into ~/.openjfx/cache.
native_dir="$work/runtime/lib"; [ $os = windows ] && native_dir="$work/runtime/bin"
graphics_jar="${fx_jars[1]}"
natives=$(jar tf "$graphics_jar" | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
# shellcheck disable=SC2086  # one name per word
(cd "$native_dir" && jar xf "$graphics_jar" $natives)

# ControlsFX and ReactFX use a few JavaFX internals; on the class path next to JavaFX modules they need these.
java_options=(
  --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
  --add-exports=javafx.base/com.sun.javafx.binding=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED
  --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED
  --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED
  # jpackage's launcher replaces $APPDIR with lib/app (Windows: app) of the installed Lectern.
  "-Dorg.sqlite.lib.path=\$APPDIR/native"
  "-Dorg.sqlite.lib.name=$sqlite_name"
  # sqlite-jdbc lists its temporary folder at every start, to clear away copies of the library that earlier starts
  # unpacked there: 50 ms for a temporary folder of 5,000 files here. The installed Lectern unpacks none, so it
  # names the library's own folder, where there is nothing to clear.
  "-Dorg.sqlite.tmpdir=\$APPDIR/native"
)
# Newer runtimes warn on the terminal, at every start, about JavaFX's and SQLite's native libraries and JavaFX's
# renderer using sun.misc.Unsafe; both are what these libraries are built to do.
[ "$runtime_feature" -ge 22 ] && java_options+=(--enable-native-access=javafx.graphics,ALL-UNNAMED)
[ "$runtime_feature" -ge 23 ] && java_options+=(--sun-misc-unsafe-memory-access=allow)

case $os in linux) icon="$here/icons/lectern.png" ;; windows) icon="$here/icons/lectern.ico" ;; mac) icon="$here/icons/lectern.icns" ;; esac
associations="$work/lectern-file.properties"
cp "$here/lectern-file.properties" "$associations"
echo "icon=$icon" >>"$associations"

common=(--name Lectern --app-version "$version" --vendor Lectern
  --description "Annotation workbench for analysts"
  --copyright "Lectern contributors")
java_option_args=()
for option in "${java_options[@]}"; do java_option_args+=(--java-options "$option"); done
case $os in
  linux) image_extra=() image_name=Lectern ;;
  windows) image_extra=(--add-launcher "lectern-cli=$here/windows/lectern-cli.properties") image_name=Lectern ;;
  mac) image_extra=(--mac-package-identifier org.lectern.Lectern) image_name=Lectern.app ;;
esac

# The app-image: made once, then wrapped by the native package.
image=""
app_image() {
  local dest=$1
  rm -rf "${dest:?}/$image_name"
  "$jpackage" --type app-image "${common[@]}" --dest "$dest" \
    --input "$work/input" --main-jar lectern.jar --main-class org.lectern.Launcher \
    --runtime-image "$work/runtime" --icon "$icon" "${java_option_args[@]}" "${image_extra[@]}"
  image="$dest/$image_name"
  if [ "$runtime_feature" -ge 25 ]; then aot_cache "$image"; fi
}

# JDK 25's ahead-of-time cache (JEP 483, 514, 515): the classes a start loads, already parsed and linked, and the
# profiles of the methods it runs, recorded by a training run of the image's own launcher that opens the window on
# a default project with the sample article and quits once the whole window is shown. The cache belongs to this
# runtime and this jar; a start that cannot use it (a changed jar) runs as without it. The launcher's configuration
# names the cache only after the training (a JVM takes either a cache to use or one to write).
aot_cache() {
  local image=$1 app_dir launcher training
  case $os in
    mac) app_dir="$image/Contents/app" launcher="$image/Contents/MacOS/Lectern" ;;
    windows) app_dir="$image/app" launcher="$image/Lectern.exe" ;;
    *) app_dir="$image/lib/app" launcher="$image/bin/Lectern" ;;
  esac
  local display=()
  if [ $os = linux ] && [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null; then
      display=(xvfb-run -a -s "-screen 0 1280x800x24")
    else
      echo "build.sh: no display and no xvfb-run: the image has no ahead-of-time cache (it starts more slowly)" >&2
      return 0
    fi
  fi
  # A scratch folder of its own (mktemp's, without spaces): the flags travel in JAVA_TOOL_OPTIONS, which splits
  # at spaces, and the build folder may have some.
  training=$(mktemp -d)
  mkdir -p "$training/data" "$training/home" "$training/prefs"
  # The analyst's name is known, as on any start after the first, so the training run takes the usual path.
  local flags=(-Duser.home="$training/home" -Djava.util.prefs.userRoot="$training/prefs"
    -Dlectern.preferences.node=lectern-installer-training -Dlectern.data.home="$training/data"
    -Dlectern.benchmark.readyFile="$training/shown" -Dlectern.benchmark.interactiveFile="$training/whole"
    -Dlectern.benchmark.exitWhenReady=true)
  # What a failed run said, then its scratch folder and preferences gone.
  training_failed() {
    cat "$1" >&2
    "$runtime_jdk/bin/java" "${flags[@]}" "$here/TrainingAnalyst.java" remove || true
    rm -rf "$training"
    echo "build.sh: $2" >&2
    exit 1
  }
  "$runtime_jdk/bin/java" "${flags[@]}" "$here/TrainingAnalyst.java" set
  step "training run 1 of 2: the default project made"
  JAVA_TOOL_OPTIONS="${flags[*]}" "${display[@]}" "$launcher" >"$training/run-1.log" 2>&1 \
    || training_failed "$training/run-1.log" "the training run failed"
  step "training run 2 of 2: recorded into the ahead-of-time cache"
  JAVA_TOOL_OPTIONS="${flags[*]} -XX:AOTCacheOutput=$training/lectern.aot" "${display[@]}" "$launcher" \
    >"$training/run-2.log" 2>&1 || training_failed "$training/run-2.log" "the training run failed"
  [ -f "$training/lectern.aot" ] && [ -f "$training/whole" ] \
    || training_failed "$training/run-2.log" "the training run made no cache"
  mv "$training/lectern.aot" "$app_dir/lectern.aot"
  "$runtime_jdk/bin/java" "${flags[@]}" "$here/TrainingAnalyst.java" remove
  rm -rf "$training"
  # After the launcher's last java-options line: jpackage's launcher replaces $APPDIR with the app folder.
  local cfg="$app_dir/Lectern.cfg" last
  last=$(grep -n '^java-options=' "$cfg" | tail -n 1 | cut -d: -f1)
  [ -n "$last" ] || { echo "build.sh: $cfg has no java-options to add the cache to" >&2; exit 1; }
  awk -v last="$last" '{ print } NR == last { print "java-options=-XX:AOTCache=$APPDIR/lectern.aot" }' "$cfg" \
    >"$cfg.new" && mv "$cfg.new" "$cfg"
  step "ahead-of-time cache: $(du -h "$app_dir/lectern.aot" | cut -f1)"
}
if [[ " ${types[*]} " == *" app-image "* ]]; then
  step "jpackage app-image"
  app_image "$out"
fi

for type in "${types[@]}"; do
  [ "$type" = app-image ] && continue
  [ -n "$image" ] || { step "jpackage app-image (for the $type)"; app_image "$work/image"; }
  case $os:$type in
    linux:deb)
      step "jpackage deb"
      rm -f "$out"/lectern_*.deb
      # postinst/prerm add and remove /usr/bin/lectern; Lectern.desktop passes the opened file (%f).
      "$jpackage" --type deb "${common[@]}" --dest "$out" --app-image "$image" \
        --linux-package-name lectern --install-dir /opt \
        --linux-deb-maintainer "${LECTERN_DEB_MAINTAINER:-maintainers@lectern.invalid}" \
        --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office --linux-app-category office \
        --file-associations "$associations" --icon "$icon" --resource-dir "$here/linux"
      ;;
    windows:msi)
      step "jpackage msi"
      # A fixed upgrade code: a newer Lectern .msi replaces the installed one instead of sitting beside it.
      "$jpackage" --type msi "${common[@]}" --dest "$out" --app-image "$image" \
        --win-upgrade-uuid bc1f3d2b-a592-4a2e-b7d5-a1d7f47d7023 \
        --win-menu --win-menu-group Lectern --win-per-user-install --win-shortcut --win-dir-chooser \
        --file-associations "$associations" --icon "$icon"
      ;;
    mac:dmg)
      step "jpackage dmg"
      "$jpackage" --type dmg "${common[@]}" --dest "$out" --app-image "$image" \
        --mac-package-identifier org.lectern.Lectern --mac-package-name Lectern \
        --file-associations "$associations" --icon "$icon"
      ;;
    *) echo "build.sh: cannot build '$type' on $os (app-image anywhere; deb on Linux, msi on Windows, dmg on macOS)" >&2
       exit 2 ;;
  esac
done

rm -rf "$work"
step "done:"
ls -l "$out"

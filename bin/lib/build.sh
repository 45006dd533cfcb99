# Shared by the launchers in bin/: build a Maven project on first use, or when its sources changed.
# Sourced, not run. Needs $home (the repository root).

# stale JAR PATH... : true when JAR is missing or older than any file under the PATHs.
stale() {
  local jar="$1"; shift
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$@" -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}

# progress : reads Maven's output and shows one line per build step ("compiling", "copying libraries"...), with
# the seconds since the build began.
progress() {
  local start=$SECONDS line step downloading=""
  while IFS= read -r line; do
    case "$line" in
      "[INFO] --- "*)
        step="${line#"[INFO] --- "}"
        step="${step%% @*}"
        case "$step" in
          *:testResources*|*:testCompile*|*:test\ *) continue ;;
          *:resources\ *) step="copying resources" ;;
          *:compile\ *) step="compiling" ;;
          *:jar\ *) step="packaging" ;;
          *:copy-dependencies\ *) step="copying libraries to target/lib" ;;
          *:install\ *) step="installing into ~/.m2" ;;
        esac
        printf 'newsgraph: [%3ds] %s\n' "$((SECONDS - start))" "$step" >&2 ;;
      "[INFO] Downloading from "*|"Downloading from "*)
        if [ -z "$downloading" ]; then
          downloading=1
          printf 'newsgraph: [%3ds] downloading dependencies into ~/.m2 (first build only)\n' "$((SECONDS - start))" >&2
        fi ;;
      "[INFO] BUILD SUCCESS"*)
        printf 'newsgraph: [%3ds] built\n' "$((SECONDS - start))" >&2 ;;
    esac
  done
}

# build DIR WHAT GOALS... : runs Maven in DIR, showing its progress one line per step, and only the errors when
# it fails (the full log is kept then). The tests are neither compiled nor run: `mvn verify` does that.
build() {
  local dir="$1" what="$2"; shift 2
  echo "newsgraph: building $what with Maven (first run, or the sources changed); the first build takes a minute or more..." >&2
  local log status
  log="$(mktemp)"
  set +e
  (cd "$dir" && "${NEWSGRAPH_MVN:-mvn}" -B -Dstyle.color=never -Dmaven.test.skip=true "$@") 2>&1 | tee "$log" | progress
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" -ne 0 ]; then
    grep -E "ERROR|BUILD" "$log" >&2 || cat "$log" >&2
    echo "newsgraph: the build failed; full log in $log" >&2
    exit 1
  fi
  rm -f "$log"
}

# core_sources : what the core jar is built from.
core_sources() {
  echo "$home/src/main" "$home/ontology" "$home/queries" "$home/pom.xml"
}

# module_jar MODULE JAR : builds the module MODULE (a folder beside src/, built against the core artifact)
# when it or the core changed, installing the core into the local Maven repository first.
module_jar() {
  local module="$1" jar="$2"
  # shellcheck disable=SC2046
  if stale "$jar" "$home/$module/src/main" "$home/$module/pom.xml" $(core_sources); then
    build "$home" "the core" install
    build "$home/$module" "$module" package
  fi
}

# run_copy JAR : a copy of JAR, replaced only by an atomic rename, so that a rebuild (which rewrites the jar in
# place) never changes the classes under a process that is already running. Prints the copy's path.
run_copy() {
  local jar="$1" run="${1%.jar}-run.jar"
  if [ ! -f "$run" ] || [ "$jar" -nt "$run" ]; then
    cp "$jar" "$run.$$.tmp"
    mv -f "$run.$$.tmp" "$run"
  fi
  echo "$run"
}

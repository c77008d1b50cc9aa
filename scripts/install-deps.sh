#!/usr/bin/env bash
# System packages the build and tests need (Debian). Installs only what is missing.
set -euo pipefail
PKGS=(python3-venv maven cmake g++ libxmlrpc-c++8-dev libcurl4-openssl-dev libzmq3-dev cppzmq-dev nlohmann-json3-dev libgtest-dev iptables tmux chromium chromium-driver)
missing=()
for p in "${PKGS[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

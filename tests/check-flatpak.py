#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest, which cannot be built on machines without
network: its app id and command match the project's data files, the app
is built with meson from this checkout, and no finish-arg grants broad
filesystem, network or session access."""

import json
import os
import sys

srcdir = sys.argv[1]
app_id = sys.argv[2]
command = sys.argv[3]

failures = []


def check(cond, what):
    print(("ok - " if cond else "not ok - ") + what)
    if not cond:
        failures.append(what)


manifest_path = os.path.join(srcdir, "flatpak", app_id + ".json")
with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

check(manifest.get("id", manifest.get("app-id")) == app_id, "manifest id is " + app_id)
check(manifest.get("command") == command, "manifest command is " + command)
check(manifest.get("runtime") == "org.gnome.Platform", "GNOME runtime")
check(manifest.get("sdk") == "org.gnome.Sdk", "GNOME SDK")
check(str(manifest.get("runtime-version", "")) not in ("", "master"),
      "a stable runtime branch, not master")

desktop = os.path.join(srcdir, "data", app_id + ".desktop.in")
exec_line = None
if os.path.exists(desktop):
    for line in open(desktop, encoding="utf-8"):
        if line.startswith("Exec="):
            exec_line = line.strip()[5:].split()[0]
check(exec_line == command, "the desktop file's Exec runs the manifest command")

metainfo = os.path.join(srcdir, "data", app_id + ".metainfo.xml.in")
check(os.path.exists(metainfo) and app_id in open(metainfo, encoding="utf-8").read(),
      "the metainfo names the same app id")

modules = manifest.get("modules", [])
check(len(modules) > 0, "at least one module")
app = modules[-1] if modules else {}
check(app.get("buildsystem") == "meson", "the app module builds with meson")
sources = app.get("sources", [])
check(any(s.get("type") == "dir" and os.path.normpath(os.path.join(srcdir, "flatpak", s.get("path", ""))) ==
          os.path.normpath(srcdir) for s in sources),
      "the app module builds from this checkout")

# Libraries the GNOME runtime already ships are not rebuilt.
in_runtime = {"sqlite", "sqlite3", "libxml2", "json-glib", "gtk", "gtk4", "libadwaita", "glib"}
names = {m.get("name", "").lower() for m in modules if isinstance(m, dict)}
check(not (names & in_runtime), "no module rebuilds a library the runtime has")

allowed = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}
args = manifest.get("finish-args", [])
for arg in args:
    check(arg in allowed, "finish-arg %s is allowed" % arg)
forbidden_prefixes = ("--filesystem=", "--share=network", "--socket=session-bus",
                      "--socket=system-bus", "--device=all", "--talk-name=org.freedesktop.Flatpak")
check(not any(a.startswith(forbidden_prefixes) for a in args),
      "no broad filesystem, network or bus access")

cleanup = manifest.get("cleanup", [])
check("/include" in cleanup and "/lib/pkgconfig" in cleanup, "standard cleanup list")

sys.exit(1 if failures else 0)

#!/usr/bin/python3
"""A bare WebKitGTK window for WebKitWebDriver.

Debian's MiniBrowser has a toolbar and will not shrink below 447 px, so the
narrow-screen tests could not resize it to a phone's width. This window is
nothing but a web view: its size is the page's viewport. WebKitWebDriver
starts it with `--automation` and drives it through WebKit's automation API.

Its web context is ephemeral: nothing is kept on disk between runs. With the
default context WebKit kept an HTTP cache and each origin's storage under
~/.cache and ~/.local/share, so a run could import a test module from an
earlier run and find an earlier run's localStorage.
"""
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

windows = []
context = None


def new_view(_session=None):
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
    window = Gtk.Window()
    window.set_default_size(800, 600)
    window.add(view)
    window.connect("destroy", lambda w: closed(w))
    window.show_all()
    windows.append(window)
    return view


def closed(window):
    if window in windows:
        windows.remove(window)


def started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("ontrack-webkit")
    info.set_version(1, 0, 0)
    session.set_application_info(info)
    session.connect("create-web-view", new_view)


def main():
    if "--automation" not in sys.argv:
        print("usage: browser.py --automation (started by WebKitWebDriver)", file=sys.stderr)
        return 2
    global context
    context = WebKit2.WebContext.new_ephemeral()
    context.set_automation_allowed(True)
    context.connect("automation-started", started)
    Gtk.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())

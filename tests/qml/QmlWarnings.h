// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QQmlEngine;

// QML warnings fail the UI tests (issue 16): a binding that reads a null object, a type error or
// a missing property at run time is a defect even when the screen still looks right. Every engine
// a UI test makes is watched, and so, from the first watched engine on, is every warning Qt Quick
// prints from C++ (a message handler for the rest of the run). An unexpected warning fails the
// running test function at once and makes the program's exit code non-zero (runWidgetTest,
// runQuickTests), so none hides in a log. Messages Qt itself prints and that are not ours to fix
// are allowed in QmlWarnings.cpp, each with its reason.

namespace uitest {

/// Watches `engine`'s warnings for the rest of its life.
void watchQmlWarnings(QQmlEngine& engine);

/// How many unexpected QML warnings the program has seen so far.
int unexpectedQmlWarnings();

/// `exitCode`, or 1 when unexpected QML warnings were seen (they are listed on stderr).
int failOnQmlWarnings(int exitCode);

} // namespace uitest

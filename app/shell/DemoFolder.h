// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kap {

/// The private folder of a sample journal: `$XDG_RUNTIME_DIR/kapjournal-sample-XXXXXX` (0700),
/// removed with everything in it when this object goes. While it exists, a marker lock file inside
/// (`in-use.lock`, QLockFile: PID, host and program name) says which live process owns the folder.
///
/// A crash or SIGKILL leaves the folder behind; removeLeftovers() at the next start deletes such
/// folders, and only those that are unmistakably ours and whose owner no longer runs (see there).
/// SingleInstance cannot stand in for the marker: it owns one journal, not the whole app, so
/// several processes (each with its own sample) may run at once.
class DemoFolder
{
public:
    /// Makes a sample folder in `parentPath` (tests; the app uses create()).
    explicit DemoFolder(const QString& parentPath);
    ~DemoFolder();
    DemoFolder(const DemoFolder&) = delete;
    DemoFolder& operator=(const DemoFolder&) = delete;

    /// A sample folder in runtimeParent(), or null with a translated reason in `problem`.
    static std::unique_ptr<DemoFolder> create(QString* problem);

    /// $XDG_RUNTIME_DIR when it is set and is a real folder of this user with mode 0700; otherwise
    /// empty, with a translated reason in `problem` (if given).
    static QString runtimeParent(QString* problem = nullptr);

    /// False when the folder or its marker could not be made.
    bool isValid() const { return m_valid; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    /// "kapjournal-sample-": the start of every sample folder's name.
    static QString namePrefix();
    /// The sample journal's file name inside the folder ("sample.kapj").
    static QString journalFileName();

    /// Deletes sample folders in `parentPath` that a crashed process left behind. A folder is
    /// deleted only when all of this holds: its name is `kapjournal-sample-` and six characters
    /// (or `kapjournal-` and six, as versions that kept the sample in /tmp named it); it is a real
    /// folder (no symlink), owned by this user, mode 0700; it holds nothing but regular files
    /// named like the marker or the sample journal and its side files; the sample journal is there
    /// (so a folder being set up right now is left alone); and no live process holds the marker or
    /// the journal's lock. Returns how many were deleted.
    static int removeLeftovers(const QString& parentPath);
    /// The same in runtimeParent() and, for samples of older versions, in the temporary folder.
    static int removeLeftovers();

private:
    QTemporaryDir m_dir;
    QLockFile m_marker;
    bool m_valid = false;
};

} // namespace kap

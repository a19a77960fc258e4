#pragma once

#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

namespace kap {

/// The private folder of a sample journal: `<temp>/kapjournal-XXXXXX` (0700), removed with
/// everything in it when this object goes. While it exists, a marker lock file inside
/// (`in-use.lock`, QLockFile: PID, host and program name) says a live process uses the folder.
///
/// A crash or SIGKILL leaves the folder behind; removeLeftovers() at the next start deletes such
/// folders, and only those that are unmistakably ours (see there).
class DemoFolder
{
public:
    DemoFolder();
    explicit DemoFolder(const QString& tempPath);
    ~DemoFolder();
    DemoFolder(const DemoFolder&) = delete;
    DemoFolder& operator=(const DemoFolder&) = delete;

    /// False when the folder or its marker could not be made.
    bool isValid() const { return m_valid; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    /// "kapjournal-": the start of every demo folder's name.
    static QString namePrefix();
    /// The sample journal's file name inside the folder ("sample.kapj").
    static QString journalFileName();

    /// Deletes demo folders in `tempPath` that a crashed process left behind. A folder is deleted
    /// only when all of this holds: its name is `kapjournal-` and six characters; it is a real
    /// folder (no symlink), owned by this user, mode 0700; it holds nothing but regular files named
    /// like the marker or the sample journal and its side files; the sample journal is there (so a
    /// folder being set up right now is left alone); and no live process holds the marker or the
    /// journal's lock. Returns how many were deleted.
    static int removeLeftovers(const QString& tempPath);
    static int removeLeftovers();

private:
    QTemporaryDir m_dir;
    QLockFile m_marker;
    bool m_valid = false;
};

} // namespace kap

// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transfer/OldCopies.h"

#include "storage/Journal.h"
#include "storage/Kdf.h"

#include <QFile>

#include <algorithm>
#include <utility>
#include <vector>

namespace kap {

namespace {

/// A copy beside the journal with the key the old passphrase gives for its header, or no key when
/// its header cannot be read.
struct Candidate
{
    JournalCopy copy;
    SecureBytes oldKeySpec;
};

/// Every copy beside the journal, each with the key that `oldPassphrase` derives for its own
/// header (one derivation per distinct header).
std::vector<Candidate> candidates(const QString& journalPath, const SecureBytes& oldPassphrase)
{
    std::vector<std::pair<QByteArray, SecureBytes>> derived;
    std::vector<Candidate> out;
    const QList<JournalCopy> copies = JournalCopies::list(journalPath);
    for (const JournalCopy& copy : copies) {
        Candidate candidate { copy, {} };
        QFile file(copy.path);
        const QByteArray first = file.open(QIODevice::ReadOnly) ? file.read(KdfHeader::Size) : QByteArray();
        auto header = KdfHeader::parse(first);
        if (header && !oldPassphrase.isEmpty()) {
            auto known = std::find_if(
                derived.begin(), derived.end(), [&first](const auto& entry) { return entry.first == first; });
            if (known == derived.end()) {
                auto key = deriveKey(oldPassphrase, header.value());
                if (key) {
                    derived.emplace_back(first, rawKeySpec(key.value(), header.value()));
                    known = derived.end() - 1;
                }
            }
            if (known != derived.end()) {
                candidate.oldKeySpec = SecureBytes::fromRaw(known->second.data(), known->second.size());
            }
        }
        out.push_back(std::move(candidate));
    }
    return out;
}

bool opensWithOldKey(const Candidate& candidate)
{
    return !candidate.oldKeySpec.isEmpty() && Journal::checkKey(candidate.copy.path, candidate.oldKeySpec).ok();
}

void addFailure(OldCopies::Outcome& outcome, const QString& path, const Error& error)
{
    if (outcome.failed.isEmpty()) {
        outcome.firstError = error;
    }
    outcome.failed.append(path);
}

} // namespace

QList<JournalCopy> OldCopies::find(const QString& journalPath, const SecureBytes& oldPassphrase)
{
    QList<JournalCopy> found;
    for (const Candidate& candidate : candidates(journalPath, oldPassphrase)) {
        if (opensWithOldKey(candidate)) {
            found.append(candidate.copy);
        }
    }
    return found;
}

OldCopies::Outcome OldCopies::reencrypt(
    const QString& journalPath, const SecureBytes& oldPassphrase, const SecureBytes& newKeySpec)
{
    Outcome outcome;
    for (const Candidate& candidate : candidates(journalPath, oldPassphrase)) {
        if (candidate.oldKeySpec.isEmpty()) {
            outcome.untouched.append(candidate.copy.path);
            continue;
        }
        const Status rekeyed = Journal::rekeyCopy(candidate.copy.path, candidate.oldKeySpec, newKeySpec);
        if (rekeyed) {
            outcome.changed.append(candidate.copy.path);
            if (outcome.warning == Warning::None) {
                outcome.warning = rekeyed.warning();
            }
        } else if (rekeyed.code() == ErrorCode::WrongPassphrase) {
            outcome.untouched.append(candidate.copy.path);
        } else {
            addFailure(outcome, candidate.copy.path, rekeyed.error());
        }
    }
    return outcome;
}

OldCopies::Outcome OldCopies::remove(const QString& journalPath, const SecureBytes& oldPassphrase)
{
    Outcome outcome;
    for (const Candidate& candidate : candidates(journalPath, oldPassphrase)) {
        if (!opensWithOldKey(candidate)) {
            outcome.untouched.append(candidate.copy.path);
            continue;
        }
        // The file first: should that fail, its rollback journal stays with it (without it a copy
        // a crash left half-written could not be rolled back).
        QFile file(candidate.copy.path);
        if (file.remove()) {
            QFile::remove(candidate.copy.path + QStringLiteral("-journal"));
            outcome.changed.append(candidate.copy.path);
        } else {
            const ErrorCode code = file.error() == QFileDevice::PermissionsError ? ErrorCode::ReadOnly : ErrorCode::Io;
            addFailure(outcome, candidate.copy.path, makeError(code, file.errorString()));
        }
    }
    return outcome;
}

} // namespace kap

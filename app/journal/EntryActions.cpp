// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/EntryActions.h"

#include "app/shell/JournalController.h"
#include "storage/CheckinRepository.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrashRepository.h"
#include "text/EntryText.h"
#include "text/ErrorText.h"

namespace kap {

namespace {
EntryActions* s_instance = nullptr;
}

EntryActions::EntryActions(QObject* parent) : QObject(parent) { }

EntryActions* EntryActions::instance()
{
    if (!s_instance) {
        s_instance = new EntryActions(nullptr);
    }
    return s_instance;
}

EntryActions* EntryActions::create(QQmlEngine*, QJSEngine*)
{
    EntryActions* actions = instance();
    QJSEngine::setObjectOwnership(actions, QJSEngine::CppOwnership);
    return actions;
}

Journal* EntryActions::journal() const
{
    return JournalController::instance()->journal();
}

bool EntryActions::moveToTrash(const QString& kind, qint64 id)
{
    Journal* j = journal();
    const std::optional<EntryKind> entryKind = entryKindFromKey(kind);
    if (!j || !entryKind || id <= 0) {
        return false;
    }
    Status status;
    switch (*entryKind) {
    case EntryKind::Session:
        status = j->sessions().moveToTrash(id);
        break;
    case EntryKind::Note:
        status = j->notes().moveToTrash(id);
        break;
    case EntryKind::Checkin:
        status = j->checkins().moveToTrash(id);
        break;
    case EntryKind::Questionnaire:
        status = j->questionnaires().moveToTrash(id);
        break;
    case EntryKind::Phase:
        status = j->phases().moveToTrash(id);
        break;
    }
    if (!status) {
        Q_EMIT errorOccurred(ErrorText::describe(status.error()));
        return false;
    }
    notifyChanged(*entryKind);
    Q_EMIT trashed(kind, id, tr("%1 moved to the trash.").arg(EntryText::entryKind(*entryKind)));
    return true;
}

bool EntryActions::restore(const QString& kind, qint64 id)
{
    Journal* j = journal();
    const std::optional<EntryKind> entryKind = entryKindFromKey(kind);
    if (!j || !entryKind || id <= 0) {
        return false;
    }
    const Status status = j->trash().restore(*entryKind, id);
    if (!status) {
        Q_EMIT errorOccurred(ErrorText::describe(status.error()));
        return false;
    }
    notifyChanged(*entryKind);
    return true;
}

void EntryActions::notifyChanged(EntryKind kind)
{
    Q_EMIT entriesChanged(entryKindKey(kind));
}

} // namespace kap

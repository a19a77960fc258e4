// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/QuestionnaireForm.h"

#include "app/journal/EntryActions.h"
#include "app/shell/JournalController.h"
#include "storage/PhaseRepository.h"
#include "storage/Questionnaire.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "text/CourseText.h"
#include "text/EntryText.h"
#include "text/ErrorText.h"
#include "text/SeverityText.h"
#include "text/TrendsText.h"

#include <QLocale>

namespace kap {

QuestionnaireForm::QuestionnaireForm(QObject* parent) : QObject(parent)
{
    connect(JournalController::instance(), &JournalController::aboutToLock, this, &QuestionnaireForm::clear);
    m_answers = QList<int>(questionnaire::itemCount(m_response.kind), -1);
}

QStringList QuestionnaireForm::itemTexts(QuestionnaireKind kind)
{
    if (kind == QuestionnaireKind::Phq9) {
        return {
            tr("Little interest or pleasure in doing things"),
            tr("Feeling down, depressed, or hopeless"),
            tr("Trouble falling or staying asleep, or sleeping too much"),
            tr("Feeling tired or having little energy"),
            tr("Poor appetite or overeating"),
            tr("Feeling bad about yourself — or that you are a failure or have let yourself or your family down"),
            tr("Trouble concentrating on things, such as reading the newspaper or watching television"),
            tr("Moving or speaking so slowly that other people could have noticed? Or the opposite — being so "
               "fidgety or restless that you have been moving around a lot more than usual"),
            tr("Thoughts that you would be better off dead or of hurting yourself in some way"),
        };
    }
    return {
        tr("Feeling nervous, anxious or on edge"),
        tr("Not being able to stop or control worrying"),
        tr("Worrying too much about different things"),
        tr("Trouble relaxing"),
        tr("Being so restless that it is hard to sit still"),
        tr("Becoming easily annoyed or irritable"),
        tr("Feeling afraid as if something awful might happen"),
    };
}

void QuestionnaireForm::setKind(const QString& key)
{
    const std::optional<QuestionnaireKind> kind = questionnaireKindFromKey(key);
    if (!kind || (*kind == m_response.kind && m_response.id == 0)) {
        return;
    }
    m_response = QuestionnaireResponse {};
    m_response.kind = *kind;
    m_answers = QList<int>(questionnaire::itemCount(*kind), -1);
    m_difficulty = -1;
    loadBaseline();
    Q_EMIT kindChanged();
    Q_EMIT recordIdChanged();
    Q_EMIT answersChanged();
}

QString QuestionnaireForm::title() const
{
    return m_response.kind == QuestionnaireKind::Phq9 ? tr("PHQ-9 (depression)") : tr("GAD-7 (anxiety)");
}

QString QuestionnaireForm::stem() const
{
    return m_response.kind == QuestionnaireKind::Phq9
        ? tr("Over the last 2 weeks, how often have you been bothered by any of the following problems?")
        : tr("Over the last 2 weeks, how often have you been bothered by the following problems?");
}

QStringList QuestionnaireForm::items() const
{
    return itemTexts(m_response.kind);
}

QVariantList QuestionnaireForm::options() const
{
    const QStringList texts { tr("Not at all"), tr("Several days"), tr("More than half the days"),
        tr("Nearly every day") };
    QVariantList list;
    for (int value = 0; value < texts.size(); ++value) {
        list.append(QVariantMap { { QStringLiteral("value"), value }, { QStringLiteral("text"), texts.at(value) } });
    }
    return list;
}

QVariantList QuestionnaireForm::answers() const
{
    QVariantList list;
    for (int answer : m_answers) {
        list.append(answer);
    }
    return list;
}

int QuestionnaireForm::answeredCount() const
{
    return static_cast<int>(std::count_if(m_answers.cbegin(), m_answers.cend(), [](int a) { return a >= 0; }));
}

bool QuestionnaireForm::isComplete() const
{
    return questionnaire::isComplete(m_response.kind, m_answers);
}

int QuestionnaireForm::total() const
{
    return questionnaire::total(m_response.kind, m_answers).value_or(-1);
}

int QuestionnaireForm::maxTotal() const
{
    return questionnaire::maxTotal(m_response.kind);
}

QString QuestionnaireForm::band() const
{
    const std::optional<int> sum = questionnaire::total(m_response.kind, m_answers);
    const auto severity = sum ? questionnaire::severity(m_response.kind, *sum) : std::nullopt;
    return severity ? SeverityText::label(*severity) : QString();
}

QString QuestionnaireForm::bandKey() const
{
    const std::optional<int> sum = questionnaire::total(m_response.kind, m_answers);
    const auto severity = sum ? questionnaire::severity(m_response.kind, *sum) : std::nullopt;
    return severity ? questionnaire::severityKey(*severity) : QString();
}

bool QuestionnaireForm::item9Flag() const
{
    return questionnaire::item9Flag(m_response.kind, m_answers);
}

int QuestionnaireForm::savedItem9Answer() const
{
    return m_response.id == 0 ? 0 : questionnaire::item9Answer(m_response);
}

bool QuestionnaireForm::lowersItem9() const
{
    const int saved = savedItem9Answer();
    // -1 while item 9 is cleared: not lowered yet, only unanswered.
    const int now = m_response.kind == QuestionnaireKind::Phq9 ? m_answers.value(m_answers.size() - 1, -1) : 0;
    return saved > 0 && now >= 0 && now < saved;
}

QDateTime QuestionnaireForm::when() const
{
    if (m_response.at.isValid()) {
        return m_response.at;
    }
    Journal* journal = JournalController::instance()->journal();
    return journal ? journal->clock().now() : QDateTime::currentDateTime();
}

std::optional<course::Baseline> QuestionnaireForm::baseline() const
{
    const QDateTime at = when();
    const std::optional<course::Course> current = course::courseAt(m_courses, at.date());
    if (!current) {
        return std::nullopt;
    }
    QList<QuestionnaireResponse> responses = m_others;
    if (isComplete()) {
        QuestionnaireResponse self = m_response;
        self.at = at;
        self.answers = m_answers;
        responses.append(self);
    }
    return course::baselineOf(m_response.kind, *current, responses);
}

bool QuestionnaireForm::isBaseline(const course::Baseline& baseline) const
{
    // Saved scores keep their id; the one being answered is the only one with id 0.
    return baseline.response.id == m_response.id;
}

int QuestionnaireForm::baselineTotal() const
{
    const auto found = baseline();
    return found && !isBaseline(*found) ? found->total : -1;
}

bool QuestionnaireForm::isResponse() const
{
    const auto found = baseline();
    return found && !isBaseline(*found) && isComplete() && when() > found->response.at
        && questionnaire::isResponse(found->total, total());
}

bool QuestionnaireForm::isRemission() const
{
    const auto found = baseline();
    return found && !isBaseline(*found) && isComplete() && when() > found->response.at
        && questionnaire::isRemission(m_response.kind, found->total, total());
}

QString QuestionnaireForm::comparisonText() const
{
    if (!isComplete()) {
        return {};
    }
    const auto found = baseline();
    if (!found) {
        return tr("No treatment course has begun yet.") + QLatin1Char(' ') + course::CourseText::baselineRule();
    }
    if (isBaseline(*found) && found->afterTreatmentBegan) {
        return tr("This is the baseline of this course, taken after treatment began: there is no score from the %n "
                  "days before its first session. Later scores are compared with it.",
            nullptr, course::BaselineLeadDays);
    }
    if (isBaseline(*found)) {
        return tr("This is the baseline of this course (the latest score before its first session): later scores "
                  "are compared with it.");
    }
    QString text = tr("The course's %1.").arg(course::CourseText::baseline(*found));
    if (when() <= found->response.at) {
        return text + QLatin1Char(' ') + tr("This score is older than the baseline, so it is not compared with it.");
    }
    const int base = found->total;
    if (base < questionnaire::CountedBaselineMinimum) {
        text += QLatin1Char(' ')
            + tr("Response and remission are counted only from a baseline of %1 or more.")
                  .arg(questionnaire::CountedBaselineMinimum);
        if (base > 0 && total() != base) {
            text += QLatin1Char(' ')
                + (total() < base ? tr("This score is %1 % lower.").arg((base - total()) * 100 / base)
                                  : tr("This score is %1 % higher.").arg((total() - base) * 100 / base));
        }
    } else if (isRemission()) {
        text += QLatin1Char(' ')
            + tr("Below %1 after a baseline of %2 or more: this counts as remission.")
                  .arg(questionnaire::RemissionBelow)
                  .arg(questionnaire::CountedBaselineMinimum);
    } else if (isResponse()) {
        text += QLatin1Char(' ') + tr("That is down by half or more: this counts as a response.");
    } else if (total() < base) {
        text += QLatin1Char(' ') + tr("That is %1 % lower than the baseline.").arg((base - total()) * 100 / base)
            + QLatin1Char(' ') + tr("A response means down by half or more from the baseline.");
    } else {
        text += QLatin1Char(' ') + tr("A response means down by half or more from the baseline.");
    }
    return text;
}

void QuestionnaireForm::openNew(const QString& kind)
{
    m_response = QuestionnaireResponse {};
    m_response.kind = questionnaireKindFromKey(kind).value_or(QuestionnaireKind::Phq9);
    m_answers = QList<int>(questionnaire::itemCount(m_response.kind), -1);
    m_difficulty = -1;
    setError(QString());
    loadBaseline();
    Q_EMIT kindChanged();
    Q_EMIT recordIdChanged();
    Q_EMIT answersChanged();
}

bool QuestionnaireForm::openEdit(qint64 id)
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return false;
    }
    Result<QuestionnaireResponse> response = journal->questionnaires().get(id);
    if (!response) {
        setError(ErrorText::describe(response.error()));
        return false;
    }
    m_response = std::move(response).value();
    m_answers = m_response.answers;
    m_answers.resize(questionnaire::itemCount(m_response.kind), -1);
    m_difficulty = m_response.difficulty.value_or(-1);
    setError(QString());
    loadBaseline();
    Q_EMIT kindChanged();
    Q_EMIT recordIdChanged();
    Q_EMIT answersChanged();
    return true;
}

void QuestionnaireForm::setAnswer(int index, int value)
{
    if (index < 0 || index >= m_answers.size() || value < -1 || value > 3 || m_answers.at(index) == value) {
        return;
    }
    m_answers[index] = value;
    Q_EMIT answersChanged();
}

QString QuestionnaireForm::difficultyQuestion() const
{
    return tr("If you checked off any problems, how difficult have these problems made it for you to do your work, "
              "take care of things at home, or get along with other people?");
}

QVariantList QuestionnaireForm::difficultyOptions() const
{
    QVariantList options;
    for (int value = 0; value <= questionnaire::DifficultyMax; ++value) {
        options.append(QVariantMap {
            { QStringLiteral("value"), value }, { QStringLiteral("text"), trends::TrendsText::difficulty(value) } });
    }
    return options;
}

void QuestionnaireForm::setDifficulty(int value)
{
    if (value < -1 || value > questionnaire::DifficultyMax || value == m_difficulty) {
        return;
    }
    m_difficulty = value;
    Q_EMIT answersChanged();
}

bool QuestionnaireForm::save()
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return false;
    }
    if (!isComplete()) {
        setError(tr("Please answer every question."));
        return false;
    }
    m_response.answers = m_answers;
    m_response.difficulty = m_difficulty >= 0 ? std::optional<int>(m_difficulty) : std::nullopt;
    Status status;
    const bool wasNew = m_response.id == 0;
    if (wasNew) {
        m_response.at = journal->clock().now();
        Result<RecordId> added = journal->questionnaires().add(m_response);
        status = added ? Status() : Status(added.error());
    } else {
        status = journal->questionnaires().update(m_response);
    }
    if (!status) {
        setError(status.code() == ErrorCode::Conflict
                ? tr("This questionnaire was changed in another window. Close this one and open it again.")
                : ErrorText::describe(status.error()));
        return false;
    }
    setError(QString());
    if (wasNew) {
        Q_EMIT recordIdChanged();
    }
    Q_EMIT answersChanged(); // what is saved changed: savedItem9Flag, lowersItem9
    EntryActions::instance()->notifyChanged(EntryKind::Questionnaire);
    Q_EMIT saved(m_response.id);
    return true;
}

bool QuestionnaireForm::moveToTrash()
{
    return m_response.id > 0 && EntryActions::instance()->moveToTrash(QStringLiteral("questionnaire"), m_response.id);
}

void QuestionnaireForm::clear()
{
    const QuestionnaireKind kind = m_response.kind;
    m_response = QuestionnaireResponse {};
    m_response.kind = kind;
    m_answers = QList<int>(questionnaire::itemCount(kind), -1);
    m_difficulty = -1;
    m_courses.clear();
    m_others.clear();
    setError(QString());
    Q_EMIT recordIdChanged();
    Q_EMIT answersChanged();
}

void QuestionnaireForm::loadBaseline()
{
    m_courses.clear();
    m_others.clear();
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return;
    }
    Result<QList<Phase>> phases = journal->phases().list();
    Result<QList<Session>> sessions = journal->sessions().list(ListQuery {});
    Result<QList<QuestionnaireResponse>> scores = journal->questionnaires().list(m_response.kind, ListQuery {});
    if (!phases || !sessions || !scores) {
        return; // no comparison rather than a wrong one; saving still works
    }
    m_courses = course::courses(phases.value(), sessions.value());
    for (const QuestionnaireResponse& response : scores.value()) {
        if (response.id != m_response.id) {
            m_others.append(response);
        }
    }
}

void QuestionnaireForm::setError(const QString& message)
{
    if (m_errorMessage == message) {
        return;
    }
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace kap

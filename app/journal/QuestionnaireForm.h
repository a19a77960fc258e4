// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include "statistics/TreatmentCourse.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

namespace kap {

/// A PHQ-9 or GAD-7 being answered in QuestionnaireDialog.qml: the instruments' exact wording
/// and answer options, the answers so far (-1 = not yet answered), and, from Questionnaire.h
/// only, the total, the severity band, the PHQ-9 item-9 safety flag (raised as soon as item 9 is
/// answered above 0) and the comparison with the baseline of the course the score belongs to, by
/// TreatmentCourse's rule (the same as Trends, the report and the CLI). The score being answered
/// takes part: it may be the baseline itself.
class QuestionnaireForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    /// "phq9" or "gad7"; changing it starts over.
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString title READ title NOTIFY kindChanged)
    Q_PROPERTY(QString stem READ stem NOTIFY kindChanged)
    Q_PROPERTY(QStringList items READ items NOTIFY kindChanged)
    /// [{value, text}]: Not at all (0) ... Nearly every day (3).
    Q_PROPERTY(QVariantList options READ options CONSTANT)
    Q_PROPERTY(QVariantList answers READ answers NOTIFY answersChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY answersChanged)
    /// -1 until complete.
    Q_PROPERTY(int total READ total NOTIFY answersChanged)
    Q_PROPERTY(int maxTotal READ maxTotal NOTIFY kindChanged)
    Q_PROPERTY(QString band READ band NOTIFY answersChanged)
    Q_PROPERTY(QString bandKey READ bandKey NOTIFY answersChanged)
    /// PHQ-9 item 9 answered above 0: show the crisis resources now.
    Q_PROPERTY(bool item9Flag READ item9Flag NOTIFY answersChanged)
    /// The saved record has a flagged item-9 answer: moving it to the trash asks first.
    Q_PROPERTY(bool savedItem9Flag READ savedItem9Flag NOTIFY answersChanged)
    /// Saving now would lower the saved flagged item-9 answer: it asks first, and storage keeps a
    /// dated trace that the report shows.
    Q_PROPERTY(bool lowersItem9 READ lowersItem9 NOTIFY answersChanged)
    /// The unscored last question: 0-3, -1 while unanswered (it may stay so).
    Q_PROPERTY(int difficulty READ difficulty NOTIFY answersChanged)
    Q_PROPERTY(QString difficultyQuestion READ difficultyQuestion CONSTANT)
    /// [{value, text}] for "Not difficult at all" .. "Extremely difficult".
    Q_PROPERTY(QVariantList difficultyOptions READ difficultyOptions CONSTANT)
    /// Baseline total, -1 when there is none yet (this would be the first).
    Q_PROPERTY(int baselineTotal READ baselineTotal NOTIFY answersChanged)
    Q_PROPERTY(bool response READ isResponse NOTIFY answersChanged)
    Q_PROPERTY(bool remission READ isRemission NOTIFY answersChanged)
    /// One or two translated sentences comparing the total with the baseline.
    Q_PROPERTY(QString comparisonText READ comparisonText NOTIFY answersChanged)
    Q_PROPERTY(qint64 recordId READ recordId NOTIFY recordIdChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit QuestionnaireForm(QObject* parent = nullptr);

    QString kind() const { return questionnaireKindKey(m_response.kind); }
    void setKind(const QString& kind);
    QString title() const;
    QString stem() const;
    QStringList items() const;
    QVariantList options() const;
    QVariantList answers() const;
    int answeredCount() const;
    bool isComplete() const;
    int total() const;
    int maxTotal() const;
    QString band() const;
    QString bandKey() const;
    bool item9Flag() const;
    bool savedItem9Flag() const { return savedItem9Answer() > 0; }
    bool lowersItem9() const;
    int baselineTotal() const;
    int difficulty() const { return m_difficulty; }
    QString difficultyQuestion() const;
    QVariantList difficultyOptions() const;
    bool isResponse() const;
    bool isRemission() const;
    QString comparisonText() const;
    qint64 recordId() const { return m_response.id; }
    QString errorMessage() const { return m_errorMessage; }

    /// The exact item wording of an instrument (public; Pfizer, no permission needed).
    static QStringList itemTexts(QuestionnaireKind kind);

    /// Starts a fresh questionnaire of `kind` ("phq9" / "gad7").
    Q_INVOKABLE void openNew(const QString& kind);
    Q_INVOKABLE bool openEdit(qint64 id);
    /// Answers item `index` (0-based) with 0-3, or -1 to clear it.
    Q_INVOKABLE void setAnswer(int index, int value);
    /// -1 clears it.
    Q_INVOKABLE void setDifficulty(int value);
    /// Stores a complete questionnaire. False when incomplete or on a storage error.
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool moveToTrash();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void kindChanged();
    void answersChanged();
    void recordIdChanged();
    void errorMessageChanged();
    void saved(qint64 id);

private:
    void loadBaseline();
    /// Item 9 as stored (0 for a new record or a GAD-7).
    int savedItem9Answer() const;
    void setError(const QString& message);

    QuestionnaireResponse m_response;
    QList<int> m_answers; ///< -1 for unanswered
    /// The baseline of the score being answered, counting it in (complete answers only).
    std::optional<course::Baseline> baseline() const;
    bool isBaseline(const course::Baseline& baseline) const;
    QDateTime when() const;

    int m_difficulty = -1;
    QList<course::Course> m_courses;
    QList<QuestionnaireResponse> m_others; ///< saved scores of this kind, except this one
    QString m_errorMessage;
};

} // namespace kap

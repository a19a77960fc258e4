// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kap {

/// When in a session a reading was taken. Esketamine clinics (REMS) measure before dosing, at
/// about 40 minutes and before discharge; IV clinics throughout (DOMAIN.md "Vitals"). `After`
/// is a reading with no more precise time (journals before schema 3 had one "after" value).
enum class VitalMoment { Before, During, Discharge, After };

/// One timed reading: blood pressure, heart rate and oxygen saturation, each optional.
struct VitalReading
{
    VitalMoment moment = VitalMoment::Before;
    std::optional<int> minutesAfterDose; ///< e.g. 40; none when not recorded
    std::optional<int> systolic; ///< mmHg
    std::optional<int> diastolic; ///< mmHg
    std::optional<int> heartRate; ///< beats a minute
    std::optional<int> spo2; ///< %

    bool operator==(const VitalReading&) const = default;
};

/// The one home of the vitals' keys, plausible ranges and stored form; the app, the CLI and
/// JSON import all check against these.
namespace vitals {

// Wide enough for every value the app and the CLI accepted before schema 3.
constexpr int SystolicMin = 60;
constexpr int SystolicMax = 260;
constexpr int DiastolicMin = 30;
constexpr int DiastolicMax = 160;
constexpr int HeartRateMin = 20;
constexpr int HeartRateMax = 250;
constexpr int Spo2Min = 50;
constexpr int Spo2Max = 100;
/// From an hour before dosing to a day after.
constexpr int MinutesMin = -60;
constexpr int MinutesMax = 24 * 60;
/// The quick choices' times: REMS measures at about 40 minutes and before discharge (at least
/// two hours of observation).
constexpr int DuringMinutes = 40;
constexpr int DischargeMinutes = 120;
/// How many readings one session holds at most.
constexpr int MaxReadings = 24;
/// A clinic's dissociation score (for example CADSS, 0-92).
constexpr int ClinicScoreMax = 200;

/// "before", "during", "discharge", "after".
QString momentKey(VitalMoment moment);
std::optional<VitalMoment> momentFromKey(const QString& key);

/// Empty when the reading is plausible, else which part is not: "systolic", "diastolic",
/// "pressure" (systolic not above diastolic, or only one of them), "heartRate", "spo2",
/// "minutes", or "empty" (no value at all).
QString problem(const VitalReading& reading);

/// The stored form: one reading per line, "moment;minutes;systolic;diastolic;heartRate;spo2" with
/// empty fields for none.
QString encode(const QList<VitalReading>& readings);
/// nullopt when the text is not in that form.
std::optional<QList<VitalReading>> decode(const QString& text);

} // namespace vitals
} // namespace kap

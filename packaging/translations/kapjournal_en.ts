<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChangePassphraseCommand</name>
    <message numerus="yes">
        <source>Kept %n copies beside the journal that still open with the old passphrase.</source>
        <translation>
            <numerusform>Kept %n copy beside the journal that still opens with the old passphrase.</numerusform>
            <numerusform>Kept %n copies beside the journal that still open with the old passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies beside the journal (backups, copies kept before a restore or an upgrade) still open with the old passphrase; anyone who knows it can read them:</source>
        <translation>
            <numerusform>%n copy beside the journal (backups, copies kept before a restore or an upgrade) still opens with the old passphrase; anyone who knows it can read them:</numerusform>
            <numerusform>%n copies beside the journal (backups, copies kept before a restore or an upgrade) still open with the old passphrase; anyone who knows it can read them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypted %n copies beside the journal with the new passphrase.</source>
        <translation>
            <numerusform>Re-encrypted %n copy beside the journal with the new passphrase.</numerusform>
            <numerusform>Re-encrypted %n copies beside the journal with the new passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase was changed, but %n copies beside the journal could not be re-encrypted and still open with the old passphrase:</source>
        <translation>
            <numerusform>The passphrase was changed, but %n copy beside the journal could not be re-encrypted and still opens with the old passphrase:</numerusform>
            <numerusform>The passphrase was changed, but %n copies beside the journal could not be re-encrypted and still open with the old passphrase:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n copies beside the journal that opened with the old passphrase.</source>
        <translation>
            <numerusform>Deleted %n copy beside the journal that opened with the old passphrase.</numerusform>
            <numerusform>Deleted %n copies beside the journal that opened with the old passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase was changed, but %n copies beside the journal could not be deleted and still open with the old passphrase:</source>
        <translation>
            <numerusform>The passphrase was changed, but %n copy beside the journal could not be deleted and still opens with the old passphrase:</numerusform>
            <numerusform>The passphrase was changed, but %n copies beside the journal could not be deleted and still open with the old passphrase:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message numerus="yes">
        <source>%n copies of your journal beside it still open with the old passphrase.</source>
        <translation>
            <numerusform>%n copy of your journal beside it still opens with the old passphrase.</numerusform>
            <numerusform>%n copies of your journal beside it still open with the old passphrase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseText</name>
    <message numerus="yes">
        <source>The baseline is the latest score in the %n days before the course&apos;s first session; without one, the first score after it.</source>
        <translation>
            <numerusform>The baseline is the latest score in the %n day before the course&apos;s first session; without one, the first score after it.</numerusform>
            <numerusform>The baseline is the latest score in the %n days before the course&apos;s first session; without one, the first score after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message numerus="yes">
        <source>and %n more change(s) of item 9 answers</source>
        <translation>
            <numerusform>and %n more change of item 9 answers</numerusform>
            <numerusform>and %n more changes of item 9 answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEffectTable</name>
    <message numerus="yes">
        <source>Show all %n sessions</source>
        <translation>
            <numerusform>Show the %n session</numerusform>
            <numerusform>Show all %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text you copy or select in KAP Journal is kept out of clipboard managers&apos; history and is cleared from the clipboard after %n second(s), and when the journal locks, unless you have copied something else since.</source>
        <translation>
            <numerusform>Text you copy or select in KAP Journal is kept out of clipboard managers&apos; history and is cleared from the clipboard after %n second, and when the journal locks, unless you have copied something else since.</numerusform>
            <numerusform>Text you copy or select in KAP Journal is kept out of clipboard managers&apos; history and is cleared from the clipboard after %n seconds, and when the journal locks, unless you have copied something else since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared again in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared again in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <source>%n item(s) in the trash</source>
        <translation>
            <numerusform>%n item in the trash</numerusform>
            <numerusform>%n items in the trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsText</name>
    <message numerus="yes">
        <source>Mood was logged on %n days, averaging %1 out of 10 (lowest %2, highest %3).</source>
        <translation>
            <numerusform>Mood was logged on %n day, averaging %1 out of 10 (lowest %2, highest %3).</numerusform>
            <numerusform>Mood was logged on %n days, averaging %1 out of 10 (lowest %2, highest %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gaps of several days without check-ins: %n.</source>
        <translation>
            <numerusform>Gaps of several days without check-ins: %n.</numerusform>
            <numerusform>Gaps of several days without check-ins: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions: %n.</source>
        <translation>
            <numerusform>Sessions: %n.</numerusform>
            <numerusform>Sessions: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PHQ-9 item 9 (thoughts of self-harm) was answered above zero: %n times.</source>
        <translation>
            <numerusform>PHQ-9 item 9 (thoughts of self-harm) was answered above zero: %n time.</numerusform>
            <numerusform>PHQ-9 item 9 (thoughts of self-harm) was answered above zero: %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>above the earlier level for about %n days (back on day %1)</source>
        <translation>
            <numerusform>above the earlier level for about %n day (back on day %1)</numerusform>
            <numerusform>above the earlier level for about %n days (back on day %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>above the earlier level for %n days (back on day %1)</source>
        <translation>
            <numerusform>above the earlier level for %n day (back on day %1)</numerusform>
            <numerusform>above the earlier level for %n days (back on day %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not measurable alone (another session within %n days). The block of %1 sessions, %2 – %3: %4</source>
        <translation>
            <numerusform>Not measurable alone (another session within %n day). The block of %1 sessions, %2 – %3: %4</numerusform>
            <numerusform>Not measurable alone (another session within %n days). The block of %1 sessions, %2 – %3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stayed above it until the next session or the last day looked at.</source>
        <translation>
            <numerusform>%n stayed above it until the next session or the last day looked at.</numerusform>
            <numerusform>%n stayed above it until the next session or the last day looked at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n there was no rise: the level held.</source>
        <translation>
            <numerusform>After %n there was no rise: the level held.</numerusform>
            <numerusform>After %n there was no rise: the level held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n mood came back to the earlier level; counting the sessions without a rise as 0, days above averaged %1.</source>
        <translation>
            <numerusform>After %n mood came back to the earlier level; counting the sessions without a rise as 0, days above averaged %1.</numerusform>
            <numerusform>After %n mood came back to the earlier level; counting the sessions without a rise as 0, days above averaged %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VitalsText</name>
    <message numerus="yes">
        <source>at %n min</source>
        <translation>
            <numerusform>at %n min</numerusform>
            <numerusform>at %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at discharge (%n min)</source>
        <translation>
            <numerusform>at discharge (%n min)</numerusform>
            <numerusform>at discharge (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after (%n min)</source>
        <translation>
            <numerusform>after (%n min)</numerusform>
            <numerusform>after (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kap::PassphraseChange</name>
    <message numerus="yes">
        <source>Your passphrase has been changed. %n copies beside the journal still open with the old passphrase.</source>
        <translation>
            <numerusform>Your passphrase has been changed. %n copy beside the journal still opens with the old passphrase.</numerusform>
            <numerusform>Your passphrase has been changed. %n copies beside the journal still open with the old passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase has been changed, and %n copies beside the journal were re-encrypted with it.</source>
        <translation>
            <numerusform>Your passphrase has been changed, and %n copy beside the journal was re-encrypted with it.</numerusform>
            <numerusform>Your passphrase has been changed, and %n copies beside the journal were re-encrypted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your passphrase has been changed, and %n copies beside the journal that opened with the old passphrase were deleted.</source>
        <translation>
            <numerusform>Your passphrase has been changed, and %n copy beside the journal that opened with the old passphrase was deleted.</numerusform>
            <numerusform>Your passphrase has been changed, and %n copies beside the journal that opened with the old passphrase were deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies could not be re-encrypted. %1</source>
        <translation>
            <numerusform>%n copy could not be re-encrypted. %1</numerusform>
            <numerusform>%n copies could not be re-encrypted. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies could not be deleted. %1</source>
        <translation>
            <numerusform>%n copy could not be deleted. %1</numerusform>
            <numerusform>%n copies could not be deleted. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kap::QuestionnaireForm</name>
    <message numerus="yes">
        <source>This is the baseline of this course, taken after treatment began: there is no score from the %n days before its first session. Later scores are compared with it.</source>
        <translation>
            <numerusform>This is the baseline of this course, taken after treatment began: there is no score from the %n day before its first session. Later scores are compared with it.</numerusform>
            <numerusform>This is the baseline of this course, taken after treatment began: there is no score from the %n days before its first session. Later scores are compared with it.</numerusform>
        </translation>
    </message>
</context>
</TS>

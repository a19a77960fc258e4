// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import KapJournal
import KapJournal.App

// The passphrase strength meter rates with zxcvbn and gates the create button.
TestCase {
    id: testCase
    name: "PassphraseStrength"
    when: windowShown

    // The meter sits in a plain Item: Qt 6.4 crashes when an item whose root is a Layout is
    // destroyed while still parented and visible (the layout invalidates itself mid-destruction).
    Component {
        id: meterComponent
        Item {
            property alias meter: meterItem
            width: 400
            height: meterItem.implicitHeight
            PassphraseStrengthMeter {
                id: meterItem
                width: 400
            }
        }
    }

    function createMeter() {
        const host = createTemporaryObject(meterComponent, testCase);
        verify(host);
        return host.meter;
    }

    function findChildNamed(item, name) {
        if (item.objectName === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findChildNamed(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }

    function test_emptyIsNotAcceptable() {
        const meter = createMeter();
        verify(meter);
        compare(meter.strength.empty, true);
        compare(meter.acceptable, false);
        verify(meter.strength.hint.length > 0, "an empty field shows advice");
        compare(findChildNamed(meter, "strengthLabel").visible, false);
    }

    function test_commonPasswordIsVeryWeak() {
        const meter = createMeter();
        meter.evaluate("password");
        compare(meter.score, 0);
        compare(meter.acceptable, false);
        compare(meter.strength.label, "Very weak");
        compare(findChildNamed(meter, "strengthLabel").text, "Very weak");
    }

    function test_appWordsCountAgainst() {
        const meter = createMeter();
        meter.evaluate("ketaminejournal");
        compare(meter.acceptable, false);
    }

    function test_longUnusualPassphraseIsVeryStrong() {
        const meter = createMeter();
        meter.evaluate("violet harbour quietly folds seven maps");
        compare(meter.score, 4);
        compare(meter.acceptable, true);
        verify(meter.strength.entropyBits >= 72);
    }

    function test_scoreRisesWithLength() {
        const meter = createMeter();
        meter.evaluate("violet");
        const shortBits = meter.strength.entropyBits;
        meter.evaluate("violet harbour quietly");
        verify(meter.strength.entropyBits > shortBits);
        meter.evaluate("");
        compare(meter.strength.empty, true);
    }
}

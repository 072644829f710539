package se.samverkansportalen.domain.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guards the portal's rule that no personal data about children is stored: finds Swedish
 * personnummer and samordningsnummer (YYMMDD-NNNN, YYYYMMDDNNNN, with or without the dash or a
 * plus) whose check digit is right, in free text such as a report's narrative.
 */
public final class PersonalData {

    private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)(?:(19|20)?(\\d{2})(\\d{2})(\\d{2}))[-+ ]?(\\d{4})(?!\\d)");

    private PersonalData() {
    }

    /** Whether the text holds something that is a valid personnummer or samordningsnummer. */
    public static boolean containsPersonnummer(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(4));
            boolean plausibleDate = month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
            if (plausibleDate && luhn(m.group(2) + m.group(3) + m.group(4) + m.group(5))) {
                return true;
            }
        }
        return false;
    }

    private static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            int product = i % 2 == 0 ? digit * 2 : digit;
            sum += product > 9 ? product - 9 : product;
        }
        return sum % 10 == 0;
    }
}

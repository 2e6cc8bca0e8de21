package tw.smartdesk.application.catalogue;

import tw.smartdesk.application.filing.Resident;

/** The smallest valid POST /applications body for a catalogue service built by {@link ServiceRequests}. */
final class Filing {

    private Filing() {
    }

    /** A fresh resident each time, so two filings never claim one ID number for two accounts. */
    static String body(String serviceCode) {
        return """
                {"channel":"ONLINE",
                 "applicant":{"nationalId":"%s","name":"王小明","birthDate":"1988-04-02"},
                 "services":[{"serviceCode":"%s","fields":{"section":"寶桑段"}}]}
                """.formatted(Resident.random().nationalId(), serviceCode);
    }
}

package tw.smartdesk.application.keys;

/**
 * Every column that holds a sealed (encrypted) value. A value is sealed for one column of one row: its
 * table, column and row id are the associated data of the encryption, so a value copied into another
 * column or row does not open.
 */
public enum SealedColumn {
    APPLICANT_NATIONAL_ID("applicant", "national_id_enc"),
    APPLICANT_NAME("applicant", "name_enc"),
    APPLICANT_BIRTH_DATE("applicant", "birth_date_enc"),
    APPLICANT_PHONE("applicant", "phone_enc"),
    APPLICANT_EMAIL("applicant", "email_enc"),
    APPLICANT_LINE_ID("applicant", "line_id_enc"),
    APPLICATION_PROXY_NAME("application", "proxy_name_enc"),
    APPLICATION_FORM_FIELDS("application_form", "fields_enc"),
    FILING_CONTACT_PHONE("filing_contact", "phone_enc"),
    FILING_CONTACT_EMAIL("filing_contact", "email_enc"),
    FILING_CONTACT_LINE_ID("filing_contact", "line_id_enc");

    private final String table;
    private final String column;

    SealedColumn(String table, String column) {
        this.table = table;
        this.column = column;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }
}

package tw.smartdesk.events.application;

/**
 * Where an applicant lives, as a code from the county's list of townships (reference data, with the
 * zh-TW and English names), or {@link #OUTSIDE_COUNTY}. The only values {@code township} may take on a
 * public event: a closed list, so nothing typed by a person can travel in it.
 */
public enum Township {
    TAITUNG_CITY("臺東市", "Taitung City"),
    CHENGGONG("成功鎮", "Chenggong Township"),
    GUANSHAN("關山鎮", "Guanshan Township"),
    BEINAN("卑南鄉", "Beinan Township"),
    DAWU("大武鄉", "Dawu Township"),
    TAIMALI("太麻里鄉", "Taimali Township"),
    DONGHE("東河鄉", "Donghe Township"),
    CHANGBIN("長濱鄉", "Changbin Township"),
    LUYE("鹿野鄉", "Luye Township"),
    CHISHANG("池上鄉", "Chishang Township"),
    GREEN_ISLAND("綠島鄉", "Green Island Township"),
    YANPING("延平鄉", "Yanping Township"),
    HAIDUAN("海端鄉", "Haiduan Township"),
    DAREN("達仁鄉", "Daren Township"),
    JINFENG("金峰鄉", "Jinfeng Township"),
    LANYU("蘭嶼鄉", "Lanyu Township"),
    /** The applicant lives in another county. */
    OUTSIDE_COUNTY("縣外", "Outside the county");

    private final String nameZhTw;
    private final String nameEn;

    Township(String nameZhTw, String nameEn) {
        this.nameZhTw = nameZhTw;
        this.nameEn = nameEn;
    }

    /** The name in Traditional Chinese, such as 臺東市. */
    public String nameZhTw() {
        return nameZhTw;
    }

    /** The English name, such as Taitung City. */
    public String nameEn() {
        return nameEn;
    }
}

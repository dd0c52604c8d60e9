package org.newsroom.rates.settings;

import org.newsroom.rates.fetch.http.FeedUrl;

/**
 * The banks whose files are fetched, each with the variable that can point it elsewhere (a test server,
 * a mirror) and the official address used when the variable is not set. See {@link FeedUrl} for the
 * date placeholders.
 */
public enum RateSource {

    NBK("National Bank of Kazakhstan", "KZT", "NEWSROOM_RATES_NBK_URL", "https://nationalbank.kz/rss/get_rates.cfm?fdate={DD.MM.YYYY}"),
    CBU("Central Bank of Uzbekistan", "UZS", "NEWSROOM_RATES_CBU_URL", "https://cbu.uz/en/arkhiv-kursov-valyut/json/all/{YYYY-MM-DD}/"),
    /** A folder: NBKR publishes only its latest files, daily.xml and weekly.xml, and takes no date. */
    NBKR("National Bank of the Kyrgyz Republic", "KGS", "NEWSROOM_RATES_NBKR_URL", "https://www.nbkr.kg/XML/"),
    NBT("National Bank of Tajikistan", "TJS", "NEWSROOM_RATES_NBT_URL", "https://www.nbt.tj/en/kurs/export_xml.php?date={YYYY-MM-DD}&export=xmlout"),
    /**
     * The Central Bank of Turkmenistan's daily file. Often unreachable from abroad: the configured peg
     * (NEWSROOM_RATES_TMT_PEG) is the fallback and the cross-check, see fetch.TmtPegKeeper.
     */
    CBT("Central Bank of Turkmenistan", "TMT", "NEWSROOM_RATES_CBT_URL", "https://cbt.tm/kurs/{YYYY}/{DDMMYYYY}.xml");

    /** The status row of the manat: the CBT file when it answers, else the configured peg, with its cross-checks. */
    public static final String TMT_PEG_STATUS = "CBT";

    private final String bankName;
    private final String currency;
    private final String urlVariable;
    private final String officialUrl;

    RateSource(String bankName, String currency, String urlVariable, String officialUrl) {
        this.bankName = bankName;
        this.currency = currency;
        this.urlVariable = urlVariable;
        this.officialUrl = officialUrl;
    }

    /** The bank's name as readers are told it, e.g. "National Bank of Kazakhstan". */
    public String bankName() {
        return bankName;
    }

    /** The bank's name for a stored rate's source ("NBK"); anything else (a manual entry's source) as it is. */
    public static String bankNameOf(String source) {
        for (RateSource bank : values()) {
            if (bank.name().equals(source)) {
                return bank.bankName;
            }
        }
        return source;
    }

    /** The national currency whose dollar rate this bank sets. */
    public String currency() {
        return currency;
    }

    public String urlVariable() {
        return urlVariable;
    }

    public String officialUrl() {
        return officialUrl;
    }

    /** NBKR's address is a folder of fixed file names; the others are one address per date. */
    public boolean takesDate() {
        return this != NBKR;
    }
}

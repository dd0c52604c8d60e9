package org.newsroom.web.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-ins for the five central banks, on the loopback port the build reserved and handed to
 * Payara Micro as NEWSROOM_RATES_*_URL: each answers for whatever day it is asked, in its bank's own
 * format, with a figure (or an HTTP failure) a test can change. Started before Micro boots, so the
 * application's start-up fetch already reads from here; no test reaches the internet.
 */
public final class RateFeedFixtures {

    public static final String NBK = "nbk";
    public static final String CBU = "cbu";
    public static final String NBKR = "nbkr";
    public static final String NBT = "nbt";
    public static final String CBT = "cbt";

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    /** A hanging bank answers (503) only after this, longer than the tests' read timeout of 3 s. */
    private static final long HANG_MILLIS = 6000;
    private static final int HANG = -1;
    private static RateFeedFixtures running;

    /** A figure in the bank's own notation, or an HTTP status to fail with. */
    private record Answer(String figure, int failWith) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    /** NBK's {@code <change>} beside its dollar row: the bank's own change since its previous figure. */
    private volatile String nbkChange = "-2.77";
    /** How many days after today NBKR's daily file is dated: 1 once it has published tomorrow's rate. */
    private volatile int nbkrDaysAhead;
    private final HttpServer server;

    private RateFeedFixtures(int port) throws IOException {
        // The sample rates' figures, so the ticker's values stay as seeded; NBKR is down from the start.
        serve(NBK, "478.77");
        serve(CBU, "12194.21");
        failWith(NBKR, 500);
        serve(NBT, "9.3450");
        // The Central Bank of Turkmenistan is unreachable at first, as it often is from abroad.
        failWith(CBT, 503);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/nbk", exchange -> answer(exchange, NBK));
        server.createContext("/cbu/", exchange -> answer(exchange, CBU));
        server.createContext("/nbkr/", exchange -> answer(exchange, NBKR));
        server.createContext("/nbt", exchange -> answer(exchange, NBT));
        server.createContext("/cbt/", exchange -> answer(exchange, CBT));
        // A thread per request, so a hanging bank does not hold up the others' answers.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "rate-feed-fixture");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The one instance of the test run, on the port from the build (system property rates.fixture.port). */
    public static synchronized RateFeedFixtures get() {
        if (running == null) {
            try {
                running = new RateFeedFixtures(Integer.getInteger("rates.fixture.port"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot serve the stand-in bank feeds", e);
            }
        }
        return running;
    }

    public void serve(String bank, String figure) {
        answers.put(bank, new Answer(figure, 0));
    }

    public void failWith(String bank, int status) {
        answers.put(bank, new Answer(null, status));
    }

    /** What every bank answers now, for {@link #restore} (tests leave the fixtures as they found them). */
    public Map<String, Object> answers() {
        return Map.copyOf(answers);
    }

    public void restore(Map<String, Object> saved) {
        saved.forEach((bank, answer) -> answers.put(bank, (Answer) answer));
    }

    /** The bank accepts the connection and then sends nothing for longer than the read timeout. */
    public void hang(String bank) {
        answers.put(bank, new Answer(null, HANG));
    }

    /** NBKR's daily file as on the afternoon it publishes the next day's rate (1), or as in the morning (0). */
    public void nbkrDatedDaysAhead(int days) {
        nbkrDaysAhead = days;
    }

    public void nbkChange(String change) {
        nbkChange = change;
    }

    private void answer(HttpExchange exchange, String bank) throws IOException {
        try (exchange) {
            Answer answer = answers.get(bank);
            if (answer.failWith() == HANG) {
                try {
                    Thread.sleep(HANG_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 503, "text/plain", new byte[0]);
                return;
            }
            if (answer.failWith() != 0) {
                send(exchange, answer.failWith(), "text/html", "<html><body>Service unavailable</body></html>"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = exchange.getRequestURI();
            switch (bank) {
                case NBK -> {
                    LocalDate day = LocalDate.parse(query(uri, "fdate"), DOTTED);
                    if (day.isAfter(today())) {
                        // As NBK answers for a day it has not set yet.
                        send(exchange, 200, "application/xml", ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rates><date>"
                                + DOTTED.format(day) + "</date><info>Официальных курсов валют на указанную дату нет.</info>"
                                + "</rates>").getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                    send(exchange, 200, "application/xml", ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rates><date>"
                            + DOTTED.format(day) + "</date><item><fullname>ДОЛЛАР США</fullname><title>USD</title>"
                            + "<description>" + answer.figure() + "</description><quant>1</quant><index></index>"
                            + "<change>" + nbkChange + "</change></item></rates>").getBytes(StandardCharsets.UTF_8));
                }
                case CBU -> {
                    String[] path = uri.getPath().split("/");
                    // Asked for a day it has not set yet, CBU answers with its latest file.
                    LocalDate day = min(LocalDate.parse(path[path.length - 1]), today());
                    send(exchange, 200, "application/json", ("[{\"id\":69,\"Code\":\"840\",\"Ccy\":\"USD\","
                            + "\"CcyNm_EN\":\"US Dollar\",\"Nominal\":\"1\",\"Rate\":\"" + answer.figure()
                            + "\",\"Diff\":\"0\",\"Date\":\"" + DOTTED.format(day) + "\"}]").getBytes(StandardCharsets.UTF_8));
                }
                case NBKR -> {
                    if (!uri.getPath().endsWith("daily.xml")) {
                        send(exchange, 404, "text/plain", new byte[0]);
                        return;
                    }
                    send(exchange, 200, "text/xml", ("<?xml version=\"1.0\" encoding=\"windows-1251\" ?>\n"
                            + "<CurrencyRates Name=\"Официальные курсы\" Date=\""
                            + DOTTED.format(today().plusDays(nbkrDaysAhead))
                            + "\"><Currency ISOCode=\"USD\"><Nominal>1</Nominal><Value>"
                            + answer.figure().replace('.', ',') + "</Value></Currency></CurrencyRates>").getBytes(WINDOWS_1251));
                }
                case CBT -> {
                    String[] path = uri.getPath().split("/");
                    LocalDate day = LocalDate.parse(path[path.length - 1].replace(".xml", ""),
                            DateTimeFormatter.ofPattern("ddMMyyyy"));
                    send(exchange, 200, "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                            + "<cbt_currency_rate name=\"CBT Currency XML\">\r\n\t<date>" + DOTTED.format(day)
                            + "</date>\r\n\t<rate code=\"USD\">\r\n\t\t<name>ABŞ-NYŇ DOLLARY</name>\r\n"
                            + "\t\t<rate_usd>1</rate_usd>\r\n\t\t<multiplier>1</multiplier>\r\n\t\t<rate_tmt>"
                            + answer.figure() + "</rate_tmt>\r\n\t</rate>\r\n</cbt_currency_rate>\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    LocalDate day = LocalDate.parse(query(uri, "date"));
                    send(exchange, 200, "text/xml", ("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<ValCurs Date=\""
                            + day + "\" name=\"Foreign Currency Market\"><Valute ID=\"840\"><CharCode>USD</CharCode>"
                            + "<Nominal>1</Nominal><Name>US Dollar</Name><Value>" + answer.figure()
                            + "</Value></Valute></ValCurs>").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** The banks' today, as the application reckons it (NEWSROOM_RATES_TIME_ZONE's default). */
    public static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new IllegalArgumentException(name + " missing from " + uri);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

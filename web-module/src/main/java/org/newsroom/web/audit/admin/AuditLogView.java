package org.newsroom.web.audit.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.StaffAccounts;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.workflow.DuePublications;
import org.newsroom.web.faces.AdminMessages;
import org.newsroom.web.faces.StaffTexts;
import org.newsroom.web.http.OutletTime;
import org.primefaces.component.datatable.DataTable;

/**
 * /newsroom/admin/audit: who did what, when: sign-ins, failed sign-ins, publishing, account and
 * section changes. Filters by actor, action and days (in the newsroom's time zone); newest first,
 * {@value #PAGE_SIZE} to a page.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 25;
    /** The table's client id: form "log", table "entries". */
    static final String TABLE = "log:entries";

    @Inject
    private AuditLog audit;

    @Inject
    private StaffAccounts accounts;

    /** The filters as typed. */
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;

    /** The filters the table shows, applied with "Show". */
    private Applied applied = Applied.EVERYTHING;
    private AuditEntries entries;
    private List<String> actors;
    private List<SelectItem> actionChoices;

    private record Applied(String actor, String action, LocalDate from, LocalDate to, AuditPeriod period)
            implements Serializable {
        static final Applied EVERYTHING = new Applied(null, null, null, null, AuditPeriod.ALWAYS);
    }

    @PostConstruct
    void load() {
        entries = new AuditEntries(this::search);
        actors = Stream.concat(accounts.all().stream().map(Account::getUsername), Stream.of(DuePublications.SCHEDULER))
                .distinct().sorted().toList();
        actionChoices = choices();
    }

    private List<AuditRow> search(int first, int max) {
        return audit.search(applied.actor(), applied.action(), applied.period().fromUtc(), applied.period().toUtc(),
                first, max).stream().map(AuditRow::of).toList();
    }

    /** Applies the typed filters and goes back to the first page. */
    public void show() {
        AuditPeriod period;
        try {
            period = AuditPeriod.of(from, to, OutletTime.zone());
        } catch (IllegalArgumentException backwards) {
            AdminMessages.keepTyped("filters:to", StaffTexts.text("admin.audit.backwards"));
            return;
        }
        applied = new Applied(blankToNull(actor), blankToNull(action), from, to, period);
        firstPage();
    }

    public void clear() {
        actor = null;
        action = null;
        from = null;
        to = null;
        applied = Applied.EVERYTHING;
        firstPage();
    }

    private void firstPage() {
        entries.reset();
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** Suggestions for the actor field: staff usernames (and the scheduler) starting with what is typed. */
    public List<String> completeActor(String typed) {
        String start = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return actors.stream().filter(name -> name.startsWith(start)).toList();
    }

    private static List<SelectItem> choices() {
        List<SelectItem> groups = new ArrayList<>();
        AuditActions.groupsOfKnown(StaffTexts.current()).forEach((group, actions) -> {
            SelectItemGroup items = new SelectItemGroup(group);
            items.setSelectItems(actions.entrySet().stream()
                    .map(action -> new SelectItem(action.getKey(), action.getValue()))
                    .toArray(SelectItem[]::new));
            groups.add(items);
        });
        return groups;
    }

    /** What the table shows, in words, e.g. "Publish by anna, from 1 March 2026, newest first. Times are …". */
    public String getShowing() {
        String action = applied.action() == null ? StaffTexts.text("admin.audit.showing.everyAction")
                : AuditActions.label(applied.action(), StaffTexts.current());
        String actor = applied.actor() == null ? StaffTexts.text("admin.audit.showing.byAnyone")
                : StaffTexts.text("admin.audit.showing.by", applied.actor());
        String days = "";
        if (applied.from() != null && applied.to() != null) {
            days = StaffTexts.text("admin.audit.showing.fromTo", day(applied.from()), day(applied.to()));
        } else if (applied.from() != null) {
            days = StaffTexts.text("admin.audit.showing.from", day(applied.from()));
        } else if (applied.to() != null) {
            days = StaffTexts.text("admin.audit.showing.upTo", day(applied.to()));
        }
        return StaffTexts.text("admin.audit.showing", action, actor, days, OutletTime.zone().getId());
    }

    private static String day(LocalDate day) {
        return StaffTexts.current().day(day);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public List<SelectItem> getActionChoices() {
        return actionChoices;
    }

    public AuditEntries getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

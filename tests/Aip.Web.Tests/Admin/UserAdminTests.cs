using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace Aip.Web.Tests.Admin;

public abstract partial class UserAdminTests(AipApp app)
{
    private const string EditorForm = "main form";

    [DbFact]
    public async Task Ese_staff_add_a_person_who_follows_the_invitation_and_signs_in()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var email = $"new-manager-{Guid.NewGuid():N}@test.example";
        var district = await app.DistrictIdAsync(Demo.District);

        var created = await ese.SubmitAsync(await ese.GetPageAsync("/users/create"), EditorForm,
            new() { ["DisplayName"] = "Jordan Alvarez", ["Email"] = email, ["Role"] = "PlanManager", ["DistrictId"] = district.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Invited", (await ese.GetPageAsync("/users")).QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var invitation = Mails.DecodeQuotedPrintable(Assert.Single(await app.MailsToAsync(email)));
        Assert.Contains("Subject: Your AIP account", invitation, StringComparison.Ordinal);
        using var person = app.NewClient();
        var setPassword = await person.GetPageAsync(InvitationLink().Match(invitation).Groups[1].Value);
        await person.SubmitAsync(setPassword, "main form",
            new() { ["NewPassword"] = "my chosen passphrase", ["ConfirmPassword"] = "my chosen passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, (await person.SignInAsync(email, "my chosen passphrase")).StatusCode);
        Assert.Contains("As Plan Manager", (await person.GetPageAsync("/")).Body!.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_district_role_needs_a_district_and_other_roles_refuse_one()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var form = await ese.GetPageAsync("/users/create");

        var noDistrict = await TestClient.ParseAsync(await ese.SubmitAsync(form, EditorForm,
            new() { ["DisplayName"] = "No District", ["Email"] = "no-district@test.example", ["Role"] = "Superintendent", ["DistrictId"] = string.Empty }));
        var monitorWithDistrict = await TestClient.ParseAsync(await ese.SubmitAsync(form, EditorForm,
            new() { ["DisplayName"] = "Monitor", ["Email"] = "m@test.example", ["Role"] = "PlanMonitor", ["DistrictId"] = (await app.DistrictIdAsync(Demo.District)).ToString() }));

        Assert.Equal("Choose the district of this Superintendent.", noDistrict.QuerySelector("#error-DistrictId")!.TextContent);
        Assert.Equal("No District", noDistrict.QuerySelector<IHtmlInputElement>("#DisplayName")!.Value);
        Assert.Equal("A Plan Monitor does not belong to one district; leave the district empty.",
            monitorWithDistrict.QuerySelector("#error-DistrictId")!.TextContent);
    }

    [DbFact]
    public async Task A_rule_that_depends_on_other_fields_is_checked_by_the_server_only()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var page = await ese.GetPageAsync("/users/create");

        Assert.Null(page.QuerySelector("#DistrictId")!.GetAttribute("data-val-required"));
        Assert.Equal("Choose the person's role.", page.QuerySelector("#Role")!.GetAttribute("data-val-required"));
    }

    [DbFact]
    public async Task An_email_already_in_use_is_refused()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var page = await TestClient.ParseAsync(await ese.SubmitAsync(await ese.GetPageAsync("/users/create"), EditorForm,
            new() { ["DisplayName"] = "Copy", ["Email"] = Demo.Manager.ToUpperInvariant(), ["Role"] = "EseStaff" }));

        Assert.Equal("Another account already uses this email address.", page.QuerySelector("#error-Email")!.TextContent);
    }

    [DbFact]
    public async Task Moving_a_person_to_another_district_changes_what_they_see_in_their_open_session()
    {
        var email = await app.CreateAccountAsync(Aip.Domain.People.Role.PlanManager, Demo.District);
        using var person = await app.NewClient().SignedInAsAsync(email);
        var riverton = await app.DistrictIdAsync(Demo.District);
        Assert.Equal(HttpStatusCode.OK, (await person.Http.GetAsync(new Uri($"/districts/{riverton}", UriKind.Relative))).StatusCode);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);

        var edit = await ese.GetPageAsync($"/users/{await app.UserIdAsync(email)}/edit");
        var saved = await ese.SubmitAsync(edit, EditorForm, new() { ["DistrictId"] = (await app.DistrictIdAsync(Demo.OtherDistrict)).ToString() });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await person.Http.GetAsync(new Uri($"/districts/{riverton}", UriKind.Relative));
        Assert.True(after.IsRedirectToSignIn() || after.StatusCode == HttpStatusCode.Forbidden, $"got {(int)after.StatusCode}");
    }

    [DbFact]
    public async Task The_second_of_two_editors_of_an_account_is_refused()
    {
        var email = await app.CreateAccountAsync(Aip.Domain.People.Role.PlanMonitor);
        var url = $"/users/{await app.UserIdAsync(email)}/edit";
        using var first = await app.NewClient().SignedInAsAsync(Demo.Ese);
        using var second = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var firstForm = await first.GetPageAsync(url);
        var secondForm = await second.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, EditorForm, new() { ["DisplayName"] = "First" })).StatusCode);
        var refused = await TestClient.ParseAsync(await second.SubmitAsync(secondForm, EditorForm, new() { ["DisplayName"] = "Second" }));

        Assert.Contains("Someone else saved this account while you were editing", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second", refused.QuerySelector<IHtmlInputElement>("#DisplayName")!.Value);
        Assert.Equal("First", await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).DisplayName)));
    }

    [DbFact]
    public async Task Ese_staff_cannot_deactivate_their_own_account()
    {
        var email = await app.CreateAccountAsync(Aip.Domain.People.Role.EseStaff);
        using var ese = await app.NewClient().SignedInAsAsync(email);

        await ese.PostAsync($"/users/{await app.UserIdAsync(email)}/deactivate");

        Assert.Equal(HttpStatusCode.OK, (await ese.Http.GetAsync(new Uri("/users", UriKind.Relative))).StatusCode);
    }

    [DbFact]
    public async Task A_reactivated_account_can_sign_in_again()
    {
        var email = await app.CreateAccountAsync(Aip.Domain.People.Role.PlanManager, Demo.District);
        var id = await app.UserIdAsync(email);
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        await ese.PostAsync($"/users/{id}/deactivate");
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().SignInAsync(email)).StatusCode);

        await ese.PostAsync($"/users/{id}/reactivate");

        Assert.Equal(HttpStatusCode.Redirect, (await app.NewClient().SignInAsync(email)).StatusCode);
    }

    [DbFact]
    public async Task A_password_link_is_an_invitation_before_the_first_password_and_a_reset_after()
    {
        using var ese = await app.NewClient().SignedInAsAsync(Demo.Ese);
        var invited = $"invited-{Guid.NewGuid():N}@test.example";
        await ese.SubmitAsync(await ese.GetPageAsync("/users/create"), EditorForm,
            new() { ["DisplayName"] = "Invited Person", ["Email"] = invited, ["Role"] = "EseStaff" });
        var active = await app.CreateAccountAsync(Aip.Domain.People.Role.EseStaff);

        await ese.PostAsync($"/users/{await app.UserIdAsync(invited)}/password-link");
        await ese.PostAsync($"/users/{await app.UserIdAsync(active)}/password-link");

        Assert.All(await app.MailsToAsync(invited), mail => Assert.Contains("Subject: Your AIP account", mail, StringComparison.Ordinal));
        Assert.Equal(2, (await app.MailsToAsync(invited)).Count);
        Assert.Contains("Subject: Reset your AIP password", Assert.Single(await app.MailsToAsync(active)), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https://aip\.test(/account/reset-password\?\S+)")]
    private static partial Regex InvitationLink();
}

public sealed class UserAdminOnSqlite(SqliteApp app) : UserAdminTests(app), IClassFixture<SqliteApp>;

public sealed class UserAdminOnPostgres(PostgresApp app) : UserAdminTests(app), IClassFixture<PostgresApp>;

public sealed class UserAdminOnSqlServer(SqlServerApp app) : UserAdminTests(app), IClassFixture<SqlServerApp>;

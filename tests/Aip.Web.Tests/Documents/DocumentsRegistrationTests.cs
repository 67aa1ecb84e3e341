using Aip.Documents;
using Aip.Web.Features.Documents;
using Microsoft.Extensions.Configuration;

namespace Aip.Web.Tests.Documents;

public class DocumentsRegistrationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("AGPL")]
    [InlineData("agpl")]
    public void The_AGPL_licence_is_the_default(string? choice)
    {
        Assert.Same(PdfEngineLicense.Agpl, DocumentsRegistration.PdfEngineLicenseFrom(Section(choice, key: null)));
    }

    [Fact]
    public void A_commercial_licence_takes_its_key_from_configuration()
    {
        Assert.Equal(PdfEngineLicense.Commercial("key-123"), DocumentsRegistration.PdfEngineLicenseFrom(Section("Commercial", "key-123")));
    }

    [Theory]
    [InlineData("Commercial", null)]
    [InlineData("MIT", null)]
    public void A_commercial_licence_without_a_key_or_an_unknown_choice_stops_the_app_at_start(string choice, string? key)
    {
        Assert.Throws<InvalidOperationException>(() => DocumentsRegistration.PdfEngineLicenseFrom(Section(choice, key)));
    }

    private static IConfigurationSection Section(string? choice, string? key) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Documents:PdfEngineLicense"] = choice, ["Documents:PdfEngineLicenseKey"] = key })
            .Build()
            .GetSection(DocumentsRegistration.Section);
}

using Aip.Web.Data;
using Npgsql;

namespace Aip.Web.Tests.Data;

/// <summary>PostgreSQL connections prepare the app's repeated statements unless the connection string says otherwise.</summary>
public class DatabaseRegistrationTests
{
    [Fact]
    public void A_postgres_connection_string_without_the_setting_prepares_statements_automatically()
    {
        var connection = new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString("Host=db;Database=aip;Username=aip"));

        Assert.Equal(DatabaseRegistration.MaxAutoPrepare, connection.MaxAutoPrepare);
        Assert.Equal("aip", connection.Database);
    }

    [Theory]
    [InlineData("Host=db;Database=aip;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=aip;MaxAutoPrepare=10", 10)]
    public void A_postgres_connection_string_that_sets_it_keeps_its_value(string configured, int expected)
    {
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(DatabaseRegistration.PostgresConnectionString(configured)).MaxAutoPrepare);
    }
}

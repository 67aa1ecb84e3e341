using Xunit.Abstractions;
using Xunit.Sdk;

namespace Aip.Testing;

/// <summary>
/// A fact that runs once per database: test classes that take the <see cref="PostgresApp"/> fixture are
/// skipped, with the reason, when no PostgreSQL server can be started here, unless
/// AIP_REQUIRE_POSTGRES=1 (as in CI), in which case they run and fail. Classes that take the
/// <see cref="SqlServerApp"/> fixture are skipped likewise when no SQL Server is reachable
/// (<see cref="SqlServerInstance.SkipReason"/>; AIP_REQUIRE_SQLSERVER=1 makes that a failure).
/// </summary>
[XunitTestCaseDiscoverer("Aip.Testing.DbFactDiscoverer", "Aip.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute : FactAttribute;

public sealed class DbFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var fixtures = testMethod.TestClass.Class.ToRuntimeType().GetInterfaces();
        var skip = fixtures.Contains(typeof(IClassFixture<PostgresApp>)) ? PostgresCluster.SkipReason
            : fixtures.Contains(typeof(IClassFixture<SqlServerApp>)) ? SqlServerInstance.SkipReason
            : null;
        return skip is null
            ? base.CreateTestCase(discoveryOptions, testMethod, factAttribute)
            : new SkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}

/// <summary>A test case skipped for a reason found at discovery (carried through serialization).</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = string.Empty;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(
        IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string reason)
        : base(sink, display, options, testMethod) => _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        base.Serialize(data);
        data.AddValue("SkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        base.Deserialize(data);
        _reason = data.GetValue<string>("SkipReason");
        // The base class has already initialized itself from the fact's own (empty) Skip while deserializing.
        SkipReason = _reason;
    }
}

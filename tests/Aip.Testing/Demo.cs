namespace Aip.Testing;

/// <summary>The seeded demo accounts and districts (README lists them).</summary>
public static class Demo
{
    public const string Ese = "ese@demo.test";
    public const string Monitor = "monitor@demo.test";
    public const string Superintendent = "superintendent@demo.test";
    public const string Manager = "manager@demo.test";
    public const string OtherSuperintendent = "superintendent2@demo.test";
    public const string OtherManager = "manager2@demo.test";
    public const string ThirdSuperintendent = "superintendent3@demo.test";

    /// <summary>The first district (Riverton): the monitor is assigned to it.</summary>
    public const string District = "RIV";

    /// <summary>The second district (Lakeside).</summary>
    public const string OtherDistrict = "LAK";

    /// <summary>The third district (Brookfield), a year ahead of Riverton, with an amendment being drafted.</summary>
    public const string ThirdDistrict = "BRK";
}

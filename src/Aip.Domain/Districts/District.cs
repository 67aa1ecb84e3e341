using Aip.Domain.Common;

namespace Aip.Domain.Districts;

/// <summary>A school district, the unit that owns an Accelerated Improvement Plan.</summary>
public sealed class District : Entity
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 20;
    public const int NotesMaxLength = 4000;

    private District(string name, string code, AccountabilityLevel level, string? notes)
    {
        Name = name;
        Code = code;
        Level = level;
        Notes = notes;
    }

    public string Name { get; private set; }

    /// <summary>Short unique code, stored upper case (the ESE district code or an abbreviation).</summary>
    public string Code { get; private set; }

    public AccountabilityLevel Level { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>
    /// Whether an amendment of this district's approved plan waits for ESE approval before it becomes a version.
    /// By default it does not: ESE is notified and can read the amendment and its reason.
    /// </summary>
    public bool AmendmentsNeedEseApproval { get; private set; }

    public static District Create(string? name, string? code, int level, string? notes)
    {
        var (cleanName, cleanCode, cleanLevel, cleanNotes) = Check(name, code, level, notes);
        return new District(cleanName, cleanCode, cleanLevel, cleanNotes);
    }

    public void Update(string? name, string? code, int level, string? notes)
    {
        (Name, Code, Level, Notes) = Check(name, code, level, notes);
    }

    public void SetAmendmentApproval(bool eseApprovalNeeded) => AmendmentsNeedEseApproval = eseApprovalNeeded;

    /// <summary>
    /// The day ESE expects the district's plan (the 2011 memo asked Level 4 districts for theirs by June 30); none when ESE
    /// set no date. The district's leaders see its clock on their home page until the plan is submitted.
    /// </summary>
    public DateOnly? PlanDueOn { get; private set; }

    public void SetPlanDue(DateOnly? on) => PlanDueOn = on is { } day ? Common.Dates.Required(day, "plan due date") : null;

    public static string NormalizeCode(string? code) => (Text.Clean(code) ?? string.Empty).ToUpperInvariant();

    private static (string, string, AccountabilityLevel, string?) Check(string? name, string? code, int level, string? notes)
    {
        var cleanCode = NormalizeCode(Text.Required(code, "district code", CodeMaxLength));
        if (!cleanCode.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new DomainException("The district code may contain only letters, digits and hyphens.");
        }

        return (
            Text.Required(name, "district name", NameMaxLength),
            cleanCode,
            AccountabilityLevel.From(level),
            Text.Optional(notes, "notes", NotesMaxLength));
    }
}

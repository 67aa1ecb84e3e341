using Aip.Domain.Common;
using Aip.Domain.Plans;

namespace Aip.Domain.Monitoring;

/// <summary>What a piece of evidence is (issue 14's list, from the guidance's examples of "data and artifacts").</summary>
public enum EvidenceKind
{
    Document = 1,
    DataExtract = 2,
    ObservationNotes = 3,
    Interview = 4,
    Survey = 5,
    MeetingMinutes = 6,
    Other = 7,
}

public static class EvidenceKinds
{
    public static IReadOnlyList<EvidenceKind> All { get; } = Enum.GetValues<EvidenceKind>();

    public static string DisplayName(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Document => "Document",
        EvidenceKind.DataExtract => "Data extract",
        EvidenceKind.ObservationNotes => "Observation notes",
        EvidenceKind.Interview => "Interview",
        EvidenceKind.Survey => "Survey",
        EvidenceKind.MeetingMinutes => "Meeting minutes",
        EvidenceKind.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>
/// One uploaded file of an evidence item. The name is the person's, cleaned for display only; the bytes live in the file
/// store under <see cref="StorageKey"/>, a new Guid, so nothing a person typed ever becomes a path.
/// </summary>
public sealed class EvidenceFile : Entity
{
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;
    public const int Sha256Length = 64;

    private EvidenceFile()
    {
    }

    public Guid EvidenceItemId { get; private set; }

    public string FileName { get; private set; } = null!;

    /// <summary>The type the content was checked to be (its magic bytes), not what the browser said.</summary>
    public string ContentType { get; private set; } = null!;

    public long Length { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the bytes as received.</summary>
    public string Sha256 { get; private set; } = null!;

    public Guid StorageKey { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    internal static EvidenceFile For(Guid itemId, string fileName, string contentType, long length, string sha256, Guid storageKey, DateTimeOffset at)
    {
        if (length <= 0)
        {
            throw new DomainException($"The file {EvidenceFileName.Clean(fileName)} is empty.");
        }

        if (sha256 is not { Length: Sha256Length } || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("A SHA-256 is 64 lower-case hex digits.", nameof(sha256));
        }

        return new()
        {
            EvidenceItemId = itemId,
            FileName = EvidenceFileName.Clean(fileName),
            ContentType = Text.Required(contentType, "file type", ContentTypeMaxLength),
            Length = length,
            Sha256 = sha256,
            StorageKey = storageKey == Guid.Empty ? throw new ArgumentException("A stored file needs its key.", nameof(storageKey)) : storageKey,
            AddedAt = at,
        };
    }
}

/// <summary>A file name as people see it: the last part of what the browser sent, without control or path characters.</summary>
public static class EvidenceFileName
{
    private static readonly char[] Unsafe = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    public static string Clean(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var kept = new string([.. last.Where(c => !char.IsControl(c) && !Unsafe.Contains(c) && c is not ('\u202E' or '\u202D' or '\u200E' or '\u200F'))]);
        kept = kept.Trim().Trim('.').Trim();
        if (kept.Length == 0)
        {
            return "file";
        }

        if (kept.Length <= EvidenceFile.FileNameMaxLength)
        {
            return kept;
        }

        var extension = Path.GetExtension(kept);
        extension = extension.Length is > 0 and <= 10 ? extension : string.Empty;
        return kept[..(EvidenceFile.FileNameMaxLength - extension.Length - 1)] + "…" + extension;
    }
}

/// <summary>
/// A piece of evidence the district already uses (guidance §8: planning-time minutes, walkthrough data), kept in the plan's
/// evidence library: what it is, when it was collected, the initiatives and benchmarks it supports, and either its
/// uploaded files or a link to where it lives. Minutes cite it in section 1a (<see cref="Minutes.CitedEvidence"/>).
/// </summary>
public sealed class EvidenceItem : Entity
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 4000;
    public const int LinkMaxLength = 2000;
    public const int PersonNameMaxLength = 200;
    public const int MaxFiles = 20;

#pragma warning disable IDE0044 // Not readonly: the data layer stores the list as JSON and sets the field when loading.
    private List<Guid> _supports = [];
#pragma warning restore IDE0044
    private readonly List<EvidenceFile> _files = [];

    private EvidenceItem()
    {
    }

    public Guid PlanId { get; private set; }

    public Guid DistrictId { get; private set; }

    public string Title { get; private set; } = null!;

    public EvidenceKind Kind { get; private set; }

    public DateOnly CollectedOn { get; private set; }

    /// <summary>How a report or ESE's exit evidence names an item: "Walkthrough data (Observation notes, 15 October 2026)".</summary>
    public static string SourceName(string title, EvidenceKind kind, DateOnly collectedOn) => $"{title} ({kind.DisplayName()}, {Dates.Display(collectedOn)})";

    public string? Description { get; private set; }

    /// <summary>Where the evidence already lives (http or https), for an item without files.</summary>
    public string? Link { get; private set; }

    /// <summary>The ids of the plan's initiatives and benchmarks the evidence supports.</summary>
    public IReadOnlyList<Guid> Supports => _supports;

    public IReadOnlyList<EvidenceFile> Files => _files;

    public Guid AddedById { get; private set; }

    public string AddedByName { get; private set; } = null!;

    public DateTimeOffset AddedAt { get; private set; }

    public static EvidenceItem Add(
        Plan plan, string? title, EvidenceKind kind, DateOnly collectedOn, string? description, string? link, IEnumerable<Guid> supports,
        Guid byId, string byName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var item = new EvidenceItem
        {
            PlanId = plan.Id,
            DistrictId = plan.DistrictId,
            AddedById = byId,
            AddedByName = Text.Required(byName, "name of the person adding it", PersonNameMaxLength),
            AddedAt = at,
        };
        item.Describe(plan, title, kind, collectedOn, description, link, supports);
        return item;
    }

    /// <summary>Changes what the item says; its files are attached and removed on their own.</summary>
    public void Describe(Plan plan, string? title, EvidenceKind kind, DateOnly collectedOn, string? description, string? link, IEnumerable<Guid> supports)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(supports);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Choose what kind of evidence this is.");
        }

        Dates.Required(collectedOn, "date the evidence was collected");
        // Evidence may go back a year before the plan's first school year: last year's results are the baselines.
        var earliest = plan.Period.Start.AddYears(-1);
        if (collectedOn < earliest || collectedOn > plan.Period.End)
        {
            throw new DomainException(
                $"The date collected of {Dates.Display(collectedOn)} falls outside the plan's years ({plan.Period}) and the year before them: choose a date from {Dates.Display(earliest)} to {Dates.Display(plan.Period.End)}.");
        }

        var allowed = plan.Objectives.SelectMany(o => o.Initiatives)
            .SelectMany(i => (IEnumerable<Guid>)[i.Id, .. i.Benchmarks.Select(b => b.Id)]).ToHashSet();
        var chosen = supports.Where(id => id != Guid.Empty).Distinct().ToList();
        if (chosen.Any(id => !allowed.Contains(id)))
        {
            throw new DomainException("Choose the initiatives and benchmarks from the plan's own.");
        }

        (Title, Kind, CollectedOn, Description, Link) = (
            Text.Required(title, "title", TitleMaxLength), kind, collectedOn, Text.Optional(description, "description", DescriptionMaxLength), CheckedLink(link));
        _supports.Clear();
        _supports.AddRange(chosen);
    }

    public EvidenceFile AttachFile(string fileName, string contentType, long length, string sha256, Guid storageKey, DateTimeOffset at)
    {
        if (_files.Count >= MaxFiles)
        {
            throw new DomainException($"An evidence item holds at most {MaxFiles} files.");
        }

        var file = EvidenceFile.For(Id, fileName, contentType, length, sha256, storageKey, at);
        _files.Add(file);
        return file;
    }

    public EvidenceFile RemoveFile(Guid fileId)
    {
        var file = _files.Find(f => f.Id == fileId) ?? throw new DomainException("That file is not part of this evidence item.");
        _files.Remove(file);
        return file;
    }

    /// <summary>An item is either files or a link to where the evidence lives: checked once its files are attached or removed.</summary>
    public void EnsureHasOneSource()
    {
        if (Link is null && _files.Count == 0)
        {
            throw new DomainException("Upload at least one file, or give the link to where the evidence lives.");
        }

        if (Link is not null && _files.Count > 0)
        {
            throw new DomainException("An evidence item has either files or a link: remove the link, or the files.");
        }
    }

    /// <summary>Whether it supports the initiative, directly or through one of its benchmarks.</summary>
    public bool SupportsInitiative(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return _supports.Contains(initiative.Id) || initiative.Benchmarks.Any(b => _supports.Contains(b.Id));
    }

    public static string? CheckedLink(string? link)
    {
        var cleaned = Text.Optional(link, "link", LinkMaxLength);
        if (cleaned is null)
        {
            return null;
        }

        if (!Uri.TryCreate(cleaned, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0)
        {
            throw new DomainException("Give the link as a web address starting with https:// or http://.");
        }

        return uri.AbsoluteUri;
    }
}

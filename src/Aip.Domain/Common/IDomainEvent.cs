namespace Aip.Domain.Common;

/// <summary>
/// Something that happened to an entity and that other people or records must follow: the data layer turns each one,
/// in the same transaction as the change, into the notifications and mail it calls for.
/// </summary>
public interface IDomainEvent;

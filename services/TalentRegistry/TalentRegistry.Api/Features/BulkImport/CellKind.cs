namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>What a spreadsheet cell held; every CSV field is <see cref="Text"/>.</summary>
public enum CellKind
{
    Text,
    Number,
    Date,
    Boolean,
}

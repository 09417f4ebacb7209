/** The countries index and the parts of country pages. */
export const countries = {
  indexTitle: 'Countries',
  indexDescription: 'The twelve CIS countries compared: treaties, legislation, and figures from the source documents.',
  indexLead: 'The twelve countries of the CIS Conference process, grouped by region.',
  actsInRegister: (n: number) => `${n} acts in the register`,
  overviewHeading: 'Regional overview',
  overviewCaption: (date: string) =>
    `Treaties to which each country is party as last recorded, shown for ${date}, by family (party of total; unknown cells in brackets)`,
  country: 'Country',
  actsInRegisterColumn: 'Acts in the register',
  partyOfTotal: (party: number, total: number) => `${party} of ${total}`,
  unknownCount: (n: number) => ` (${n} unknown)`,
  statItem: 'Item',
  statFigure: 'Figure',
  notReadable: 'not readable in the source',
};

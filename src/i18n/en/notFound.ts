/** The page shown for an address that does not exist (one page for both languages: the host cannot tell which). */
export const notFound = {
  title: 'Page not found',
  text: 'There is no page at this address. Addresses on this site are permanent, so the link may have a typing error.',
  poa: 'Programme of Action',
  rangeOpen: ' (paragraphs at ',
  rangeTo: ' to ',
  rangeClose: ')',
  conclusions: "2004 Chair's Conclusions",
  search: 'Search',
};

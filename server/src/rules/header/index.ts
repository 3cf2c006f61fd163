/** The header rules (RULEBOOK order), then the front-matter check. */
import type { Rule } from '../rule';
import titleRequired from './title-required';
import titleForm from './title-form';
import titleNoTrailingPunct from './title-no-trailing-punct';
import titleNumberMatchesAck from './title-number-matches-ack';
import docNumberRequired from './doc-number-required';
import docNumberBrackets from './doc-number-brackets';
import docNumberYearFull from './doc-number-year-full';
import docNumberNoLeadingZero from './doc-number-no-leading-zero';
import docNumberNoDi from './doc-number-no-di';
import docNumberHaoSuffix from './doc-number-hao-suffix';
import docNumberYearMatchesDate from './doc-number-year-matches-date';
import resultCategoryPresent from './result-category-present';
import resultCategoryValid from './result-category-valid';
import salutationForm from './salutation-form';
import headerStrayDate from './header-stray-date';
import frontMatterValid from './front-matter-valid';

export const headerRules: Rule[] = [
  titleRequired,
  titleForm,
  titleNoTrailingPunct,
  titleNumberMatchesAck,
  docNumberRequired,
  docNumberBrackets,
  docNumberYearFull,
  docNumberNoLeadingZero,
  docNumberNoDi,
  docNumberHaoSuffix,
  docNumberYearMatchesDate,
  resultCategoryPresent,
  resultCategoryValid,
  salutationForm,
  headerStrayDate,
  frontMatterValid,
];

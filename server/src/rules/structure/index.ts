/** The structure rules (RULEBOOK order). */
import type { Rule } from '../rule';
import ackSentence from './ack-sentence';
import ackNumberFormat from './ack-number-format';
import cohandlerSentence from './cohandler-sentence';
import answerTransition from './answer-transition';
import closingThanks from './closing-thanks';
import elementOrder from './element-order';
import attachmentNoteFormat from './attachment-note-format';
import cohandlerLetterVariant from './cohandler-letter-variant';
import trailingBoilerplate from './trailing-boilerplate';

export const structureRules: Rule[] = [ackSentence, ackNumberFormat, cohandlerSentence, answerTransition, closingThanks, elementOrder, attachmentNoteFormat, cohandlerLetterVariant, trailingBoilerplate];

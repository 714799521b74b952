// Concepts of the lexicon (lexicon.ts) for everyday errands: booking a table, waking up, shopping and a cart, a
// ride, a delivery, music. Weak: each word asks for such a tool only beside another sign (lexicon.ts); a ride needs
// a destination.
import { DESTINATION } from '../shapes.js';
import { keywords as fold } from '../../words.js';

export const ERRAND_CONCEPTS = [
  {
    label: 'a booking',
    prompt: fold('book booking reserve reservation reservations'),
    tool: fold('book booking reserve reservation'),
    weak: true,
  },
  {
    label: 'a restaurant',
    prompt: fold('table tables restaurant restaurants'),
    tool: fold('restaurant restaurants dining table reservation'),
    weak: true,
  },
  {
    // A meal is said in passing by reminders and calendars ("lunch with Maria"): a sign only beside a booking.
    label: 'a meal out',
    prompt: fold('dinner lunch brunch'),
    tool: fold('restaurant restaurants dining table reservation'),
    weak: true,
    needs: fold('book booking reserve reservation table restaurant'),
  },
  {
    label: 'an alarm',
    prompt: fold('wake waking alarm alarms'),
    tool: fold('alarm wake'),
    weak: true,
  },
  {
    label: 'shopping',
    prompt: fold('buy purchase shop shopping rated bestselling bestseller product products'),
    tool: fold('product catalog shop store'),
    weak: true,
  },
  {
    label: 'a cart',
    prompt: fold('basket cart trolley checkout'),
    tool: fold('cart basket checkout'),
    weak: true,
  },
  {
    label: 'a ride',
    prompt: fold('taxi taxis cab cabs uber lyft ride rides chauffeur'),
    tool: fold('ride taxi cab'),
    weak: true,
    backedBy: DESTINATION,
  },
  {
    label: 'a delivery',
    prompt: fold('deliver delivered delivery deliveries ship shipping courier parcel'),
    tool: fold('delivery deliver shipping shipment courier parcel package track tracking'),
    weak: true,
  },
  {
    label: 'music',
    prompt: fold('music song songs volume playlist album'),
    tool: fold('music volume speaker speakers audio media song playlist player sound'),
    weak: true,
  },
] as const;

import { createHashHistory } from 'history';
import { configureStore, createSlice } from '@reduxjs/toolkit';

export const history = createHashHistory();

const digestSlice = createSlice({
  name: 'digest',
  initialState: { key: '', hash: '', items: [] as string[] },
  reducers: {
    setKey: (state, action) => { state.key = action.payload; },
    setHash: (state, action) => { state.hash = action.payload; },
  },
});

export const store = configureStore({ reducer: { digest: digestSlice.reducer } });
